package io.carve.gateway.shadow;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Compares bodies that are neither JSON nor XML byte for byte, and describes the first
 * difference: both lengths, where the bytes part, and a few of them on each side as text.
 */
final class ByteBodies {

	private static final int EXCERPT = 40;

	private ByteBodies() {
	}

	static void compare(byte[] legacy, byte[] candidate, List<Difference> differences) {
		int at = Arrays.mismatch(legacy, candidate);
		if (at < 0) {
			return;
		}
		String where = "bytes " + legacy.length + " -> " + candidate.length + ", first difference at byte " + at;
		differences.add(new Difference(DifferenceKind.BODY, where, excerpt(legacy, at), excerpt(candidate, at)));
	}

	private static String excerpt(byte[] body, int at) {
		if (at >= body.length) {
			return "(end)";
		}
		int end = Math.min(body.length, at + EXCERPT);
		return "\"" + new String(body, at, end - at, StandardCharsets.UTF_8) + "\"" + ((end < body.length) ? "..." : "");
	}

}

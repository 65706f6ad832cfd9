package io.carve.gateway.shadow;

import java.util.List;

/** One mismatching comparison, as the mismatch log writes it. */
record Mismatch(String route, String request, String accept, String traceId, int legacyStatus, Integer candidateStatus,
		List<Difference> differences) {

	/** The kinds of difference found, each once, in a stable order: {@code body,header}. */
	List<DifferenceKind> kinds() {
		return this.differences.stream().map(Difference::kind).distinct().sorted().toList();
	}

}

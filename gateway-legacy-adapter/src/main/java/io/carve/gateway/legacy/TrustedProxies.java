package io.carve.gateway.legacy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * The peers listed in {@code gateway.trusted-proxies}, as addresses or CIDR blocks. Only literal
 * addresses are taken, never host names, so a lookup can neither slow a request nor be spoofed.
 */
final class TrustedProxies {

	private record Block(byte[] network, int prefix) {

		boolean contains(byte[] address) {
			if (address.length != this.network.length) {
				return false;
			}
			int whole = this.prefix / 8;
			for (int i = 0; i < whole; i++) {
				if (address[i] != this.network[i]) {
					return false;
				}
			}
			int rest = this.prefix % 8;
			if (rest == 0) {
				return true;
			}
			int mask = (0xff << (8 - rest)) & 0xff;
			return (address[whole] & mask) == (this.network[whole] & mask);
		}

	}

	private final List<Block> blocks;

	private TrustedProxies(List<Block> blocks) {
		this.blocks = blocks;
	}

	/** Parses each entry, refusing (at start-up) one that is not an address or a CIDR block. */
	static TrustedProxies of(List<String> entries) {
		List<Block> blocks = new ArrayList<>();
		for (String entry : entries) {
			String text = entry.trim();
			int slash = text.indexOf('/');
			byte[] network = literal((slash < 0) ? text : text.substring(0, slash), entry);
			int prefix = (slash < 0) ? network.length * 8 : prefixOf(text.substring(slash + 1), network.length * 8, entry);
			blocks.add(new Block(network, prefix));
		}
		return new TrustedProxies(List.copyOf(blocks));
	}

	/** Whether this peer address (a literal, as the servlet container reports it) is a trusted proxy. */
	boolean trusts(String peer) {
		if (this.blocks.isEmpty() || peer == null || !isLiteral(peer)) {
			return false;
		}
		byte[] address;
		try {
			address = InetAddress.getByName(peer).getAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
		return this.blocks.stream().anyMatch((block) -> block.contains(address));
	}

	private static byte[] literal(String text, String entry) {
		if (!isLiteral(text)) {
			throw invalid(entry);
		}
		try {
			return InetAddress.getByName(text).getAddress();
		}
		catch (UnknownHostException ex) {
			throw invalid(entry);
		}
	}

	/** Digits and dots (IPv4) or hex digits and colons (IPv6): nothing a resolver would look up. */
	private static boolean isLiteral(String text) {
		return !text.isEmpty() && (text.matches("[0-9.]+") || (text.contains(":") && text.matches("[0-9a-fA-F:.%]+")));
	}

	private static int prefixOf(String text, int max, String entry) {
		try {
			int prefix = Integer.parseInt(text);
			if (prefix >= 0 && prefix <= max) {
				return prefix;
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		throw invalid(entry);
	}

	private static IllegalArgumentException invalid(String entry) {
		return new IllegalArgumentException("gateway.trusted-proxies takes IP addresses and CIDR blocks such as"
				+ " 10.0.0.0/8 or fd00::/8; '" + entry + "' is neither");
	}

}

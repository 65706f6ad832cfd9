package io.carve.gateway.legacy;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Headers that belong to one connection (RFC 9110, section 7.6.1) and so are not forwarded,
 * plus those the proxy sets itself.
 */
final class HopByHopHeaders {

	private static final Set<String> ALWAYS = Set.of("connection", "keep-alive", "proxy-authenticate",
			"proxy-authorization", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade",
			// set by the HTTP client or the proxy for the next hop
			"host", "content-length", "expect", "traceparent", "tracestate");

	private final Set<String> names;

	private HopByHopHeaders(Set<String> names) {
		this.names = names;
	}

	/** The hop-by-hop headers of a message whose {@code Connection} header lists these options. */
	static HopByHopHeaders of(Iterable<String> connectionHeaderValues) {
		Set<String> names = new TreeSet<>(ALWAYS);
		for (String value : connectionHeaderValues) {
			for (String option : value.split(",")) {
				names.add(option.trim().toLowerCase(Locale.ROOT));
			}
		}
		return new HopByHopHeaders(names);
	}

	/** Whether this header stays on this hop. */
	boolean excludes(String name) {
		return name.startsWith(":") || this.names.contains(name.toLowerCase(Locale.ROOT));
	}

}

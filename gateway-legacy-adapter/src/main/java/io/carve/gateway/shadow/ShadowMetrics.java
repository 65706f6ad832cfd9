package io.carve.gateway.shadow;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The shadow comparison's counters, per route: {@value #COMPARISONS} by outcome,
 * {@value #MISMATCHES} by kind of difference (once per kind per mismatching comparison), and
 * {@value #UNLOGGED}, the mismatches the mismatch log's cap left out.
 */
final class ShadowMetrics {

	static final String COMPARISONS = "gateway.shadow.comparisons";

	static final String MISMATCHES = "gateway.shadow.mismatches";

	static final String UNLOGGED = "gateway.shadow.mismatches.unlogged";

	/** How a shadowed read ended, as the {@code outcome} tag. */
	enum Outcome {

		/** Compared, and the client could not have told the answers apart. */
		MATCH,
		/** Compared, and they differ. */
		MISMATCH,
		/** Not compared: not sampled, not a read, refused by the monolith, or the bulkhead full. */
		SKIPPED,
		/** The new service gave no answer in time, or its call threw. */
		FAILED

	}

	private final MeterRegistry registry;

	ShadowMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	void comparison(String route, Outcome outcome) {
		Counter.builder(COMPARISONS)
			.description("Reads in shadow mode, by how their comparison ended")
			.tag("route", route)
			.tag("outcome", outcome.name().toLowerCase(java.util.Locale.ROOT))
			.register(this.registry)
			.increment();
	}

	void mismatch(String route, DifferenceKind kind) {
		Counter.builder(MISMATCHES)
			.description("Shadow comparisons that found this kind of difference")
			.tag("route", route)
			.tag("kind", kind.tag())
			.register(this.registry)
			.increment();
	}

	void unlogged(String route) {
		Counter.builder(UNLOGGED)
			.description("Mismatches counted but not written, beyond the mismatch log's cap a minute")
			.tag("route", route)
			.register(this.registry)
			.increment();
	}

}

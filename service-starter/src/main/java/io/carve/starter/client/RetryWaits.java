package io.carve.starter.client;

import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.functions.Either;

/**
 * How long a retry waits: not at all after an attempt that never reached the callee (its
 * connection was refused or timed out), otherwise as configured. Waiting cannot help the first
 * kind: the next attempt goes to the next instance, or finds the dead one as dead, in
 * milliseconds; a back-off there only kept callers waiting while the circuit breaker counted
 * the calls it needs to open.
 */
final class RetryWaits implements IntervalBiFunction<Object> {

	private final IntervalBiFunction<Object> configured;

	RetryWaits(IntervalBiFunction<Object> configured) {
		this.configured = configured;
	}

	@Override
	public Long apply(Integer attempt, Either<Throwable, Object> outcome) {
		// Resilience4j's own interval functions take a missing outcome as "nothing to judge by".
		if (outcome != null && outcome.isLeft() && RemoteFailures.neverSent(outcome.getLeft())) {
			return 0L;
		}
		return this.configured.apply(attempt, outcome);
	}

}

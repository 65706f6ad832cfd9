package io.carve.starter.client;

import io.github.resilience4j.core.functions.CheckedSupplier;
import io.github.resilience4j.retry.RetryConfig;

/**
 * Caps the retries of requests that reached the callee at a share of the calls made, like
 * Finagle's retry budget: every call adds {@code share} of a token, every such retry takes a whole
 * one, and {@code reserve} tokens are there from the start. A callee that fails half its answers
 * then gets about 1 + share attempts per call instead of up to three, so retries cannot multiply
 * the load on a service in trouble. A request that never reached the callee (connection refused)
 * costs it nothing and is retried regardless, so a dead instance is still skipped.
 */
final class RetryBudget {

	private final double share;

	private final double reserve;

	private double tokens;

	RetryBudget(RetryBudgetProperties properties) {
		this.share = properties.share();
		this.reserve = properties.reserve();
		this.tokens = this.reserve;
	}

	/**
	 * The attempts of one call, for Resilience4j's retry to repeat: a failed attempt that the retry
	 * would repeat, but the budget cannot pay for, comes out as {@link RetryDenied} and ends the call.
	 */
	CheckedSupplier<Object> attempts(RetryConfig retry, CheckedSupplier<Object> attempt) {
		deposit();
		int[] made = { 0 };
		return () -> {
			try {
				return attempt.get();
			}
			catch (Throwable failure) {
				made[0]++;
				if (made[0] < retry.getMaxAttempts() && !RemoteFailures.neverSent(failure)
						&& retry.getExceptionPredicate().test(failure) && !withdraw()) {
					throw new RetryDenied(failure);
				}
				throw failure;
			}
		};
	}

	private synchronized void deposit() {
		this.tokens = Math.min(this.reserve, this.tokens + this.share);
	}

	private synchronized boolean withdraw() {
		if (this.tokens < 1) {
			return false;
		}
		this.tokens -= 1;
		return true;
	}

	/** A failed attempt that would have been retried but for the budget; its cause is the failure. */
	static final class RetryDenied extends RuntimeException {

		RetryDenied(Throwable failure) {
			super("Retry budget spent", failure, false, false);
		}

	}

}

package io.carve.starter.client;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.Set;
import java.util.function.Predicate;

import feign.Request.HttpMethod;
import feign.RetryableException;
import feign.codec.DecodeException;

/**
 * Which failed attempts Resilience4j retries ({@code retry-exception-predicate}): any request
 * that never reached the callee, and idempotent requests that met a broken connection (also one
 * that cut an answer off mid-body) or a 502,
 * 503 or 504. A POST that may have arrived is never repeated, so it cannot create a row twice;
 * a timeout is not repeated either, since piling more calls on a slow callee makes it slower and
 * would multiply the caller's wait.
 */
public class TransientFailure implements Predicate<Throwable> {

	private static final Set<HttpMethod> IDEMPOTENT = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.PUT,
			HttpMethod.DELETE, HttpMethod.OPTIONS);

	private static final Set<Integer> PASSING_STATUSES = Set.of(502, 503, 504);

	@Override
	public boolean test(Throwable failure) {
		if (failure instanceof RetryableException retryable) {
			return RemoteFailures.neverSent(retryable) || (IDEMPOTENT.contains(retryable.method())
					&& !(retryable.getCause() instanceof SocketTimeoutException));
		}
		if (failure instanceof DecodeException cutOff && cutOff.request() != null) {
			// An answer whose body broke off mid-transfer met a broken connection too; a body that
			// arrived whole but could not be read is not, and repeating it would change nothing.
			return IDEMPOTENT.contains(cutOff.request().httpMethod()) && causedByIo(cutOff);
		}
		if (failure instanceof RemoteProblemException problem) {
			return PASSING_STATUSES.contains(problem.status()) && IDEMPOTENT.contains(problem.method());
		}
		return false;
	}

	private static boolean causedByIo(Throwable failure) {
		for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof IOException) {
				return true;
			}
		}
		return false;
	}

}

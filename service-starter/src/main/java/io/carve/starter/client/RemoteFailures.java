package io.carve.starter.client;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;

import feign.FeignException;
import feign.RetryableException;
import feign.codec.DecodeException;
import io.carve.starter.client.RemoteUnavailableException.Reason;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.apache.hc.client5.http.ConnectTimeoutException;

/** Classifies what went wrong in a remote call, in the terms callers act on. */
final class RemoteFailures {

	/** What a caller should wait after a failure that says nothing of how long it lasts. */
	static final Duration SHORT_WAIT = Duration.ofSeconds(1);

	private RemoteFailures() {
	}

	/** The failure as a {@link RemoteCallException}; other exceptions (a bug, say) pass unchanged. */
	static Throwable translate(String service, Throwable failed, CircuitBreaker circuitBreaker) {
		Throwable failure = unwrap(failed);
		if (failure instanceof RemoteCallException) {
			return failure;
		}
		if (failure instanceof CallNotPermittedException) {
			long openMillis = circuitBreaker.getCircuitBreakerConfig().getWaitIntervalFunctionInOpenState().apply(1);
			return new RemoteUnavailableException(service, Reason.CIRCUIT_OPEN, Duration.ofMillis(openMillis), null);
		}
		if (failure instanceof BulkheadFullException) {
			return new RemoteUnavailableException(service, Reason.BULKHEAD_FULL, SHORT_WAIT, null);
		}
		if (failure instanceof DecodeException) {
			return new RemoteUnavailableException(service, Reason.BROKEN_ANSWER, SHORT_WAIT, failure.getCause());
		}
		if (failure instanceof RetryableException) {
			Throwable cause = (failure.getCause() != null) ? failure.getCause() : failure;
			Reason reason = neverSent(failure) ? Reason.UNREACHABLE
					: (cause instanceof SocketTimeoutException) ? Reason.TIMED_OUT : Reason.BROKEN_ANSWER;
			return new RemoteUnavailableException(service, reason, SHORT_WAIT, cause);
		}
		if (failure instanceof FeignException) {
			return new RemoteUnavailableException(service, Reason.BROKEN_ANSWER, SHORT_WAIT, failure);
		}
		return failure;
	}

	/** Whether the request failed before any of it reached the callee, so any method may be retried. */
	static boolean neverSent(Throwable failure) {
		Throwable cause = failure.getCause();
		return cause instanceof ConnectException || cause instanceof ConnectTimeoutException
				|| cause instanceof NoRouteToHostException || cause instanceof UnknownHostException;
	}

	/** Whether the failure is on the callee's side or the way to it, as opposed to a refused request. */
	static boolean isServerSide(Throwable failed) {
		Throwable failure = unwrap(failed);
		if (failure instanceof RemoteProblemException problem) {
			return problem.status() >= 500;
		}
		return failure instanceof IOException || failure instanceof FeignException;
	}

	/** The failure itself, where the retry budget wrapped it to stop the retries. */
	private static Throwable unwrap(Throwable failure) {
		return (failure instanceof RetryBudget.RetryDenied denied) ? denied.getCause() : failure;
	}

}

package io.carve.starter.client;

import java.util.function.Predicate;

/**
 * Which failures count against the callee's circuit breaker ({@code record-failure-predicate}):
 * 5xx answers, network errors and unreadable answers; a 4xx is the caller's mistake and does not.
 */
public class ServerSideFailure implements Predicate<Throwable> {

	@Override
	public boolean test(Throwable failure) {
		return RemoteFailures.isServerSide(failure);
	}

}

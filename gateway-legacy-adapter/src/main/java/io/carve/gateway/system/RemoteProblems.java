package io.carve.gateway.system;

import java.util.Map;

import io.carve.contracts.problems.RemoteProblemException;
import io.carve.contracts.problems.RemoteUnavailableException;
import io.carve.gateway.legacy.LegacyUnavailableException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * What the gateway answers when a service behind it failed: the upstream's own 4xx passes on
 * (the caller's request was at fault), a 5xx or a broken answer is a 502, a timeout a 504, and an
 * unreachable or overloaded service a 503 with {@code Retry-After}. The upstream's problem rides
 * along as {@code upstream}, so one look tells where the error came from.
 */
final class RemoteProblems {

	private RemoteProblems() {
	}

	static ProblemDetail of(RemoteProblemException ex) {
		HttpStatus upstreamStatus = HttpStatus.resolve(ex.status());
		boolean callersFault = upstreamStatus != null && upstreamStatus.is4xxClientError();
		HttpStatus status = callersFault ? upstreamStatus : HttpStatus.BAD_GATEWAY;
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage() + ".");
		if (callersFault && ex.problem().title() != null) {
			problem.setTitle(ex.problem().title());
		}
		problem.setProperty(Problems.UPSTREAM, ex.problem());
		return problem;
	}

	static ProblemDetail of(RemoteUnavailableException ex, HttpHeaders headers) {
		HttpStatus status = switch (ex.reason()) {
			case TIMED_OUT -> HttpStatus.GATEWAY_TIMEOUT;
			case BROKEN_ANSWER -> HttpStatus.BAD_GATEWAY;
			case CIRCUIT_OPEN, BULKHEAD_FULL, UNREACHABLE -> HttpStatus.SERVICE_UNAVAILABLE;
		};
		if (status == HttpStatus.SERVICE_UNAVAILABLE) {
			long seconds = Math.max(1, (ex.retryAfter().toMillis() + 999) / 1000);
			headers.set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		}
		String retry = (status == HttpStatus.SERVICE_UNAVAILABLE) ? " Retry after the time in Retry-After." : "";
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				"The call to " + ex.service() + " failed: " + ex.reason().description() + "." + retry);
		problem.setProperty(Problems.UPSTREAM, Map.of("service", ex.service(), "detail", ex.getMessage()));
		return problem;
	}

	static ProblemDetail of(LegacyUnavailableException ex) {
		HttpStatus status = ex.timedOut() ? HttpStatus.GATEWAY_TIMEOUT : HttpStatus.BAD_GATEWAY;
		return ProblemDetail.forStatusAndDetail(status, ex.getMessage()
				+ ". Check that the monolith is running and that legacy.base-url points at it.");
	}

}

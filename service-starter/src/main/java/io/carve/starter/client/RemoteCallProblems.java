package io.carve.starter.client;

import java.util.Map;
import java.util.Set;

import io.carve.starter.problems.FailureProblems;
import io.carve.starter.problems.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * What a service answers when a service it called failed: the callee's own 4xx passes on (the
 * caller's request was at fault), a 5xx or a broken answer is a 502, a timeout a 504, and an
 * unreachable or overloaded callee a 503 with {@code Retry-After} in seconds. The callee's problem
 * rides along as {@code upstream}, so one look tells where the error came from. Problems name the
 * callee by its service name, never its address: that goes to the log, with the trace id.
 */
public class RemoteCallProblems implements FailureProblems {

	private static final Logger log = LoggerFactory.getLogger(RemoteCallProblems.class);

	@Override
	public ProblemDetail describe(Throwable failure, HttpHeaders headers) {
		if (failure instanceof RemoteProblemException problem) {
			if (problem.status() >= 500) {
				log.warn("{}", problem.getMessage());
			}
			return of(problem);
		}
		if (failure instanceof RemoteUnavailableException unavailable) {
			if (unavailable.reason().madeNoCall()) {
				// Refused here, at the rate callers ask: the circuit's changes of state are logged
				// once each (ResilienceCapability), and the refusals are counted in its metrics.
				log.debug("{}", unavailable.getMessage());
			}
			else {
				log.warn("{}", unavailable.getMessage());
			}
			return of(unavailable, headers);
		}
		return null;
	}

	/**
	 * Its 5xx answers; a callee's 4xx that passes on is for the operation to document, as its own
	 * input's or with {@code ProblemAnswers}.
	 */
	@Override
	public Set<HttpStatus> answers() {
		return Set.of(HttpStatus.BAD_GATEWAY, HttpStatus.SERVICE_UNAVAILABLE, HttpStatus.GATEWAY_TIMEOUT);
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
		// The cause's message names the callee's address (the log has it, under the trace id); the
		// caller learns which service failed and why, never where it runs.
		problem.setProperty(Problems.UPSTREAM,
				Map.of("service", ex.service(), "detail", ex.service() + " is unavailable: " + ex.reason().description()));
		return problem;
	}

}

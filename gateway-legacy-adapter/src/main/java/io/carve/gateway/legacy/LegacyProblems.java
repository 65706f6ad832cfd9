package io.carve.gateway.legacy;

import io.carve.starter.problems.FailureProblems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * A monolith that gave no answer to pass on, as the client sees it: 504 when it was reached but
 * too slow, 502 otherwise. The client learns that the monolith failed, never where it runs; the
 * log line, under the same trace id, names {@code legacy.base-url} and the cause for the operator.
 */
@Component
class LegacyProblems implements FailureProblems {

	private static final Logger log = LoggerFactory.getLogger(LegacyProblems.class);

	@Override
	public ProblemDetail describe(Throwable failure, HttpHeaders headers) {
		if (!(failure instanceof LegacyUnavailableException unavailable)) {
			return null;
		}
		log.warn("{}", unavailable.getMessage());
		HttpStatus status = unavailable.timedOut() ? HttpStatus.GATEWAY_TIMEOUT : HttpStatus.BAD_GATEWAY;
		return ProblemDetail.forStatusAndDetail(status, "The legacy monolith " + unavailable.what()
				+ ". The gateway's log has the details under this problem's traceId.");
	}

}

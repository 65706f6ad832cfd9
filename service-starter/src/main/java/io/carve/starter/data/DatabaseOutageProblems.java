package io.carve.starter.data;

import java.util.Set;

import io.carve.starter.problems.FailureProblems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** A lost database is a 503 with {@code Retry-After}: the caller may retry once it is back. */
public class DatabaseOutageProblems implements FailureProblems {

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutageProblems.class);

	@Override
	public ProblemDetail describe(Throwable failure, HttpHeaders headers) {
		if (!DatabaseConnectionFailures.isConnectionLost(failure)) {
			return null;
		}
		log.warn("Database unavailable: {}", failure.getMessage());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"The service cannot reach its database right now; retry in a few seconds.");
		problem.setTitle("Service unavailable");
		headers.set(HttpHeaders.RETRY_AFTER, "5");
		return problem;
	}

	@Override
	public Set<HttpStatus> answers() {
		return Set.of(HttpStatus.SERVICE_UNAVAILABLE);
	}

}

package io.carve.starter.problems;

import java.util.Set;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Turns a kind of failure that is not a bug into the problem a client should see: a lost
 * database, a failed call to another service. {@link ProblemHandler} asks every bean of this
 * type, in order, before it answers 500; a service adds its own as a bean.
 */
@FunctionalInterface
public interface FailureProblems {

	/**
	 * The problem for this failure, or {@code null} if it is not one this knows. May add answer
	 * headers, such as {@code Retry-After}; logs the failure as it deserves.
	 */
	ProblemDetail describe(Throwable failure, HttpHeaders headers);

	/**
	 * The statuses of the problems this may answer, which the API description lists on every
	 * operation; none unless said.
	 */
	default Set<HttpStatus> answers() {
		return Set.of();
	}

}

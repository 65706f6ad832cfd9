package io.carve.gateway.routes;

import java.util.List;
import java.util.function.Supplier;

import io.carve.gateway.shadow.Answer;
import io.carve.starter.problems.FailureProblems;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;

/**
 * A migrated handler's answer as its client would get it, for the shadow comparison: the handler's
 * own answer, or for a failure the status of the problem the platform answers it with (model-service's
 * 404 passed on, 503 when it is down, ...). Problems are compared by status, so their bodies stay empty.
 */
@Component
public class MigratedAnswers {

	private final List<FailureProblems> failures;

	MigratedAnswers(ObjectProvider<FailureProblems> failures) {
		this.failures = failures.orderedStream().toList();
	}

	public Answer of(Supplier<ResponseEntity<byte[]>> handler) {
		try {
			ResponseEntity<byte[]> answer = handler.get();
			return new Answer(answer.getStatusCode().value(), HttpHeaders.copyOf(answer.getHeaders()),
					(answer.getBody() != null) ? answer.getBody() : new byte[0]);
		}
		catch (RuntimeException ex) {
			if (ex instanceof ErrorResponse error) {
				return problem(error.getStatusCode().value());
			}
			HttpHeaders ignored = new HttpHeaders();
			for (FailureProblems failure : this.failures) {
				ProblemDetail problem = failure.describe(ex, ignored);
				if (problem != null) {
					return problem(problem.getStatus());
				}
			}
			return problem(HttpStatus.INTERNAL_SERVER_ERROR.value());
		}
	}

	private static Answer problem(int status) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		return new Answer(status, headers, new byte[0]);
	}

}

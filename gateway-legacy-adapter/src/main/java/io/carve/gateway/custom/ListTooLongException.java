package io.carve.gateway.custom;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * {@code GET /api/custom} would answer more items, or take longer, than the gateway allows. Never
 * a shortened list: a legacy client takes the list for every item there is, so a silently cut one
 * would lose items from its view without a sign.
 */
class ListTooLongException extends ErrorResponseException {

	private ListTooLongException(HttpStatus status, String title, String detail) {
		super(status, problem(status, title, detail), null);
	}

	/** More than {@code max} items. */
	static ListTooLongException tooMany(int max) {
		return new ListTooLongException(HttpStatus.INSUFFICIENT_STORAGE, "List too long", "There are more than " + max
				+ " items, more than this unpaged list answers; ask the operators to raise the limit.");
	}

	/** The items could not be gathered in time. */
	static ListTooLongException tooSlow() {
		return new ListTooLongException(HttpStatus.GATEWAY_TIMEOUT, "List too slow",
				"The items could not be gathered in the time this list allows; try again later.");
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

}

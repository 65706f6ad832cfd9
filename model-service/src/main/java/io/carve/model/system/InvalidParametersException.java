package io.carve.model.system;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** Query parameters out of range; each offending parameter is listed in the problem. */
public class InvalidParametersException extends ErrorResponseException {

	public InvalidParametersException(List<Error> errors) {
		super(HttpStatus.BAD_REQUEST);
		getBody().setTitle("Invalid request parameters");
		getBody().setDetail("Some parameters are invalid; see 'errors' for each one.");
		getBody().setProperty(ProblemHandler.ERRORS, errors);
	}

	/** One invalid parameter or field and what is wrong with it. */
	public record Error(String field, String message) {

	}

}

package io.carve.starter.problems;

import java.util.List;

import tools.jackson.dataformat.xml.annotation.JacksonXmlProperty;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** Query parameters out of range; each offending parameter is listed in the problem. */
public class InvalidParametersException extends ErrorResponseException {

	private static final String PROBLEM_NAMESPACE = "urn:ietf:rfc:7807";

	public InvalidParametersException(List<Error> errors) {
		super(HttpStatus.BAD_REQUEST);
		getBody().setTitle("Invalid request parameters");
		getBody().setDetail("Some parameters are invalid; see 'errors' for each one.");
		getBody().setProperty(Problems.ERRORS, errors);
	}

	/** One invalid parameter or field and what is wrong with it; in XML, in the problem's namespace. */
	public record Error(@JacksonXmlProperty(namespace = PROBLEM_NAMESPACE) String field,
			@JacksonXmlProperty(namespace = PROBLEM_NAMESPACE) String message) {

	}

}

package io.carve.starter.problems;

import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

import io.carve.starter.limits.RequestBodyLimitFilter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Explains why a request body could not be read, in the client's terms: which field, what was
 * wrong, what is expected. Jackson's own messages name Java classes, so none is passed on.
 */
final class RequestBodyProblems {

	private RequestBodyProblems() {
	}

	/** What to answer for an unreadable body. */
	record Description(HttpStatus status, String title, String detail, InvalidParametersException.Error error) {

	}

	static Description describe(HttpMessageNotReadableException ex) {
		Throwable cause = ex;
		while (cause != null) {
			if (cause instanceof RequestBodyLimitFilter.BodyTooLargeException) {
				return new Description(HttpStatus.CONTENT_TOO_LARGE, Problems.TOO_LARGE_TITLE, Problems.TOO_LARGE_DETAIL,
						null);
			}
			if (cause instanceof RequestBodyLimitFilter.BodyTooSlowException) {
				return new Description(HttpStatus.REQUEST_TIMEOUT, Problems.TOO_SLOW_TITLE, Problems.TOO_SLOW_DETAIL, null);
			}
			if (cause instanceof UnrecognizedPropertyException unknown) {
				String field = path(unknown);
				return invalidField(field, "is not a known field; known fields are " + known(unknown.getKnownPropertyIds()),
						"Unknown field '" + field + "'; remove it from the request.");
			}
			if (cause instanceof InvalidFormatException invalid) {
				String field = path(invalid);
				String expected = describeType(invalid.getTargetType());
				return invalidField(field, "must be " + expected,
						"Field '" + field + "' has an invalid value; it must be " + expected + ".");
			}
			if (cause instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
				String field = path(mismatched);
				String expected = describeType(mismatched.getTargetType());
				return invalidField(field, "must be " + expected,
						"Field '" + field + "' has the wrong type; it must be " + expected + ".");
			}
			if (cause instanceof StreamReadException) {
				return malformed("The request body is not well-formed JSON or XML, or uses XML entities, which this"
						+ " service does not expand; fix the syntax and send it again.");
			}
			cause = cause.getCause();
		}
		if (ex.getMessage() != null && ex.getMessage().startsWith("Required request body is missing")) {
			return malformed("The request needs a body; send the resource as JSON or XML.");
		}
		return malformed("The request body could not be read as the expected JSON or XML document.");
	}

	/** How a client would name a Java type. */
	static String describeType(Class<?> type) {
		if (type == null) {
			return "of another type";
		}
		if (type.isEnum()) {
			return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
		}
		if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
			return "a whole number";
		}
		if (type == String.class) {
			return "a string";
		}
		return "an object of the documented shape";
	}

	private static Description invalidField(String field, String message, String detail) {
		return new Description(HttpStatus.BAD_REQUEST, "Invalid request body", detail,
				new InvalidParametersException.Error(field, message));
	}

	private static Description malformed(String detail) {
		return new Description(HttpStatus.BAD_REQUEST, "Malformed request body", detail, null);
	}

	private static String path(JacksonException ex) {
		String path = ex.getPath()
			.stream()
			.map((reference) -> (reference.getPropertyName() != null) ? reference.getPropertyName()
					: "[" + reference.getIndex() + "]")
			.collect(Collectors.joining("."));
		return path.isEmpty() ? "(body)" : path;
	}

	private static String known(Collection<Object> ids) {
		return (ids != null) ? ids.stream().map(Object::toString).sorted().collect(Collectors.joining(", ")) : "documented";
	}

}

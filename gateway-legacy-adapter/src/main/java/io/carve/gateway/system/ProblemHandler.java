package io.carve.gateway.system;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.carve.contracts.problems.RemoteProblem.InvalidField;
import io.carve.contracts.problems.RemoteProblemException;
import io.carve.contracts.problems.RemoteUnavailableException;
import io.carve.gateway.legacy.LegacyUnavailableException;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.catalina.connector.ClientAbortException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers every error of the gateway as an RFC 9457 problem, in JSON or XML after the client's
 * {@code Accept}: invalid input, failures of the services behind it, and the unexpected.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

	private final Problems problems;

	ProblemHandler(Problems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(RemoteProblemException.class)
	ResponseEntity<Object> handleRemoteProblem(RemoteProblemException ex, WebRequest request) {
		if (ex.status() >= 500) {
			log.warn("{}", ex.getMessage());
		}
		ProblemDetail problem = RemoteProblems.of(ex);
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatusCode.valueOf(problem.getStatus()),
				request);
	}

	@ExceptionHandler(RemoteUnavailableException.class)
	ResponseEntity<Object> handleRemoteUnavailable(RemoteUnavailableException ex, WebRequest request) {
		log.warn("{}", ex.getMessage());
		HttpHeaders headers = new HttpHeaders();
		ProblemDetail problem = RemoteProblems.of(ex, headers);
		return handleExceptionInternal(ex, problem, headers, HttpStatusCode.valueOf(problem.getStatus()), request);
	}

	@ExceptionHandler(LegacyUnavailableException.class)
	ResponseEntity<Object> handleLegacyUnavailable(LegacyUnavailableException ex, WebRequest request) {
		log.warn("{}", ex.getMessage());
		ProblemDetail problem = RemoteProblems.of(ex);
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatusCode.valueOf(problem.getStatus()),
				request);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<InvalidField> errors = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			errors.add(new InvalidField(error.getField(), error.getDefaultMessage()));
		}
		errors.sort(Comparator.comparing(InvalidField::field));
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request body has invalid fields; see 'errors' for each one.");
		problem.setTitle("Invalid request");
		problem.setProperty("errors", errors);
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"'" + ex.getValue() + "' is not a valid " + ex.getPropertyName() + "; send a whole number.");
		problem.setTitle("Invalid request");
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Throwable cause = NestedExceptionUtils.getMostSpecificCause(ex);
		String detail;
		if (cause instanceof UnrecognizedPropertyException unknown) {
			detail = "Unknown field '" + unknown.getPropertyName() + "'; the only field to send is 'name'.";
		}
		else if (cause instanceof MismatchedInputException) {
			detail = "The body must be a JSON object with a string 'name', such as {\"name\": \"example\"}.";
		}
		else if (cause instanceof StreamReadException) {
			detail = "The request body is not well-formed JSON; fix the syntax and send it again.";
		}
		else {
			detail = "The request needs a JSON body such as {\"name\": \"example\"}.";
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle("Malformed request body");
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	/** The client left while its answer was being written: there is no one to answer. */
	@ExceptionHandler(ClientAbortException.class)
	void clientLeft(ClientAbortException ex) throws ClientAbortException {
		throw ex;
	}

	/**
	 * Spring refuses a wildcard request {@code Content-Type} (such as {@code *}/{@code *}) only where
	 * something reads the request's headers, with an {@link IllegalArgumentException}: that is the
	 * client's mistake, not a failure. Any other such exception is unexpected.
	 */
	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<Object> handleIllegalArgument(IllegalArgumentException ex, WebRequest request) {
		String contentType = request.getHeader(HttpHeaders.CONTENT_TYPE);
		if (contentType == null || !isWildcard(contentType)) {
			return handleUnexpected(ex, request);
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
				"Content-Type '" + contentType + "' names no media type; send the body with the type it is, such as"
						+ " application/json.");
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.UNSUPPORTED_MEDIA_TYPE, request);
	}

	private static boolean isWildcard(String contentType) {
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return type.isWildcardType() || type.isWildcardSubtype();
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	/** Anything unexpected: logged with its stack trace, answered without it. */
	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> handleUnexpected(Exception ex, WebRequest request) {
		log.error("Unexpected error", ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"The gateway failed to handle this request. Report the traceId to its operators.");
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
		if (response == null || !(response.getBody() instanceof ProblemDetail problem)) {
			return response;
		}
		HttpServletRequest servletRequest = ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
		this.problems.complete(problem, servletRequest, servletRequest.getRequestURI());
		return ResponseEntity.status(response.getStatusCode()).headers((all) -> {
			all.addAll(response.getHeaders());
			all.setContentType(Problems.mediaTypeFor(servletRequest));
		}).body(problem);
	}

}

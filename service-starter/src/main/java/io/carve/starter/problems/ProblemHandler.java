package io.carve.starter.problems;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.catalina.connector.ClientAbortException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
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
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Answers every error raised in a controller as an RFC 9457 problem, in JSON or XML after the
 * client's {@code Accept}, listing invalid fields and never exposing internals. A service that
 * has exceptions of its own extends this class with its {@code @ExceptionHandler} methods (and
 * {@code @RestControllerAdvice}), or declares a {@link FailureProblems} bean.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

	private final Problems problems;

	public ProblemHandler(Problems problems) {
		this.problems = problems;
	}

	/**
	 * Answers the problem, completed with service, trace id and path, in the media type the client
	 * prefers: the one way a subclass's handlers answer.
	 */
	protected ResponseEntity<Object> answer(Exception ex, ProblemDetail problem, HttpHeaders headers,
			WebRequest request) {
		return handleExceptionInternal(ex, problem, headers, HttpStatusCode.valueOf(problem.getStatus()), request);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<InvalidParametersException.Error> errors = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			errors.add(new InvalidParametersException.Error(error.getField(), error.getDefaultMessage()));
		}
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach((error) -> errors.add(new InvalidParametersException.Error(error.getObjectName(),
					error.getDefaultMessage())));
		// The validator reports in no fixed order; clients and their tests deserve a stable one.
		errors.sort(Comparator.comparing(InvalidParametersException.Error::field));
		return invalid(ex, errors, "The request body has invalid fields; see 'errors' for each one.", headers,
				request);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<InvalidParametersException.Error> errors = new ArrayList<>();
		ex.getParameterValidationResults()
			.forEach((result) -> result.getResolvableErrors()
				.forEach((error) -> errors.add(new InvalidParametersException.Error(
						result.getMethodParameter().getParameterName(), error.getDefaultMessage()))));
		return invalid(ex, errors, "Some parameters are invalid; see 'errors' for each one.", headers, request);
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = (ex.getPropertyName() != null) ? ex.getPropertyName() : "parameter";
		String expected = (ex.getRequiredType() != null) ? RequestBodyProblems.describeType(ex.getRequiredType())
				: "another type";
		List<InvalidParametersException.Error> errors = List
			.of(new InvalidParametersException.Error(name, "'" + ex.getValue() + "' is not " + expected));
		return invalid(ex, errors, "Parameter '" + name + "' has an invalid value; it must be " + expected + ".",
				headers, request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		RequestBodyProblems.Description description = RequestBodyProblems.describe(ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(description.status(), description.detail());
		problem.setTitle(description.title());
		if (description.error() != null) {
			problem.setProperty(Problems.ERRORS, List.of(description.error()));
		}
		return handleExceptionInternal(ex, problem, headers, description.status(), request);
	}

	@Override
	protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ProblemErrorController.NOT_FOUND);
		return handleExceptionInternal(ex, problem, headers, HttpStatus.NOT_FOUND, request);
	}

	/** Tomcat could not decode a query parameter: bad percent-encoding or bytes that are not UTF-8. */
	@ExceptionHandler(InvalidParameterException.class)
	ResponseEntity<Object> handleUndecodableParameter(InvalidParameterException ex, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"A query parameter could not be decoded; percent-encode every parameter as UTF-8 and send it again.");
		problem.setTitle("Invalid request parameters");
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
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

	/**
	 * A failure one of the {@link FailureProblems} knows (a lost database, a failed call to another
	 * service) as its problem; anything else, unexpected, logged with its stack trace and answered
	 * without it.
	 */
	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> handleUnexpected(Exception ex, WebRequest request) {
		HttpHeaders headers = new HttpHeaders();
		ProblemDetail known = this.problems.ofFailure(ex, headers);
		if (known != null) {
			return answer(ex, known, headers, request);
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"The service failed to handle this request. Report the traceId to its operators.");
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (statusCode.value() == HttpStatus.INTERNAL_SERVER_ERROR.value()) {
			// Every 500 is a bug to find: those Spring answers itself (an answer that could not be
			// written, a missing path variable) as much as the unexpected exceptions above.
			log.error("Unexpected error", ex);
		}
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

	private ResponseEntity<Object> invalid(Exception ex, List<InvalidParametersException.Error> errors, String detail,
			HttpHeaders headers, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle("Invalid request");
		problem.setProperty(Problems.ERRORS, errors);
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

}

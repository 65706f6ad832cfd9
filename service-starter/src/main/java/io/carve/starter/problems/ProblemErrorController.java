package io.carve.starter.problems;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces Boot's error page: errors raised outside controllers (filters, the servlet
 * container) are answered as problems too, never in Boot's old error format.
 */
@Hidden
@RestController
public class ProblemErrorController implements ErrorController {

	static final String NOT_FOUND = "Nothing is served at this path; the API description at /v3/api-docs lists every one.";

	private final Problems problems;

	public ProblemErrorController(Problems problems) {
		this.problems = problems;
	}

	@RequestMapping("${server.error.path:/error}")
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
		HttpStatus status = statusOf(request);
		Object detail = request.getAttribute(Problems.DETAIL_ATTRIBUTE);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				(detail instanceof String text) ? text : detailOf(status));
		if (status == HttpStatus.CONTENT_TOO_LARGE) {
			problem.setTitle(Problems.TOO_LARGE_TITLE);
		}
		if (status == HttpStatus.REQUEST_TIMEOUT) {
			problem.setTitle(Problems.TOO_SLOW_TITLE);
		}
		if (request.getAttribute(Problems.TITLE_ATTRIBUTE) instanceof String title) {
			problem.setTitle(title);
		}
		this.problems.complete(problem, request, (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
		return ResponseEntity.status(status).contentType(Problems.mediaTypeFor(request)).body(problem);
	}

	private static HttpStatus statusOf(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code == null) {
			// Asked for directly, not an error dispatch: there is nothing at this path.
			return HttpStatus.NOT_FOUND;
		}
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		return (status != null && status.isError()) ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

	private static String detailOf(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> NOT_FOUND;
			case CONTENT_TOO_LARGE -> Problems.TOO_LARGE_DETAIL;
			case REQUEST_TIMEOUT -> Problems.TOO_SLOW_DETAIL;
			case SERVICE_UNAVAILABLE -> "The service is busy; retry after the time in Retry-After.";
			case BAD_REQUEST -> "The request is malformed; check its path, query and headers.";
			default -> (status.is5xxServerError())
					? "The service failed to handle this request. Report the traceId to its operators."
					: status.getReasonPhrase() + ".";
		};
	}

}

package io.carve.starter.problems;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.carve.starter.tracing.TraceIdFilter;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Completes every problem a service answers with what a caller needs to report it: the service
 * name, the trace id and the request path; and knows, through the {@link FailureProblems} beans,
 * which failures are not bugs.
 */
public class Problems {

	/** Problem property naming the service that answered. */
	public static final String SERVICE = "service";

	/** Problem property carrying the W3C trace id of the request. */
	public static final String TRACE_ID = "traceId";

	/** Problem property listing each invalid field or parameter. */
	public static final String ERRORS = "errors";

	/** Problem property holding the problem of the service further on that caused this one. */
	public static final String UPSTREAM = "upstream";

	/**
	 * Request attribute with the title of the problem that the error controller answers after a
	 * filter's {@code sendError}; without it, the status's reason phrase.
	 */
	public static final String TITLE_ATTRIBUTE = Problems.class.getName() + ".title";

	/**
	 * Request attribute with the detail of the problem that the error controller answers after a
	 * filter's {@code sendError}; without it, a generic one for the status.
	 */
	public static final String DETAIL_ATTRIBUTE = Problems.class.getName() + ".detail";

	/** Title of the problem for a request body over the limit, wherever it is caught. */
	static final String TOO_LARGE_TITLE = "Request body too large";

	/** Detail of the problem for a request body over the limit, wherever it is caught. */
	static final String TOO_LARGE_DETAIL = "The request body is larger than this service accepts; send a smaller one.";

	/** Title of the problem for a request body that did not arrive in time. */
	static final String TOO_SLOW_TITLE = "Request body too slow";

	/** Detail of the problem for a request body that did not arrive in time. */
	static final String TOO_SLOW_DETAIL = "The request body did not arrive in the time this service allows; send it again.";

	private static final Logger log = LoggerFactory.getLogger(Problems.class);

	private final String serviceName;

	private final List<FailureProblems> failures;

	public Problems(String serviceName, List<FailureProblems> failures) {
		this.serviceName = serviceName;
		this.failures = List.copyOf(failures);
	}

	/**
	 * Adds service, trace id and, if missing, the instance path to the problem, and logs a client
	 * error in one line (server errors are logged with their cause where they are caught).
	 */
	public ProblemDetail complete(ProblemDetail problem, HttpServletRequest request, String path) {
		if (problem.getInstance() == null && path != null) {
			problem.setInstance(URI.create(path.replace(" ", "%20")));
		}
		problem.setProperty(SERVICE, this.serviceName);
		problem.setProperty(TRACE_ID, TraceIdFilter.traceIdOf(request));
		if (HttpStatusCode.valueOf(problem.getStatus()).is4xxClientError()) {
			log.info("{} {} answered {}: {}", request.getMethod(), path, problem.getStatus(), problem.getDetail());
		}
		return problem;
	}

	/** The problem one of the {@link FailureProblems} makes of this failure, or {@code null} if none knows it. */
	public ProblemDetail ofFailure(Throwable failure, HttpHeaders headers) {
		for (FailureProblems known : this.failures) {
			ProblemDetail problem = known.describe(failure, headers);
			if (problem != null) {
				return problem;
			}
		}
		return null;
	}

	/**
	 * {@code application/problem+xml} when the client prefers XML, else
	 * {@code application/problem+json}. Spring alone answers JSON to {@code Accept: application/xml},
	 * since {@code application/xml} does not match {@code application/problem+xml}.
	 */
	public static MediaType mediaTypeFor(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		if (accept == null) {
			return MediaType.APPLICATION_PROBLEM_JSON;
		}
		List<MediaType> types;
		try {
			types = new ArrayList<>(MediaType.parseMediaTypes(accept));
		}
		catch (InvalidMediaTypeException ex) {
			return MediaType.APPLICATION_PROBLEM_JSON;
		}
		types.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
		for (MediaType type : types) {
			String subtype = type.getSubtype();
			if (type.getQualityValue() > 0 && (subtype.equals("xml") || subtype.endsWith("+xml"))) {
				return MediaType.APPLICATION_PROBLEM_XML;
			}
			if (type.getQualityValue() > 0 && (subtype.equals("json") || subtype.endsWith("+json") || type.isWildcardSubtype())) {
				return MediaType.APPLICATION_PROBLEM_JSON;
			}
		}
		return MediaType.APPLICATION_PROBLEM_JSON;
	}

}

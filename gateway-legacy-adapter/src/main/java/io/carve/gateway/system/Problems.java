package io.carve.gateway.system;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/** Completes every problem the gateway answers with its name, the trace id and the request path. */
@Component
class Problems {

	static final String SERVICE = "service";

	static final String TRACE_ID = "traceId";

	/** Problem property holding the problem of the service further on that caused this one. */
	static final String UPSTREAM = "upstream";

	private static final Logger log = LoggerFactory.getLogger(Problems.class);

	private final String serviceName;

	Problems(@Value("${spring.application.name}") String serviceName) {
		this.serviceName = serviceName;
	}

	ProblemDetail complete(ProblemDetail problem, HttpServletRequest request, String path) {
		if (problem.getInstance() == null && path != null) {
			problem.setInstance(URI.create(path.replace(" ", "%20")));
		}
		problem.setProperty(SERVICE, this.serviceName);
		problem.setProperty(TRACE_ID, TraceIdFilter.traceIdOf(request));
		log.info("{} {} answered {}: {}", request.getMethod(), path, problem.getStatus(), problem.getDetail());
		return problem;
	}

	/** {@code application/problem+xml} when the client prefers XML, else {@code application/problem+json}. */
	static MediaType mediaTypeFor(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
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
			boolean xml = subtype.equals("xml") || subtype.endsWith("+xml");
			if (type.getQualityValue() > 0 && (xml || subtype.equals("json") || subtype.endsWith("+json")
					|| type.isWildcardSubtype())) {
				return xml ? MediaType.APPLICATION_PROBLEM_XML : MediaType.APPLICATION_PROBLEM_JSON;
			}
		}
		return MediaType.APPLICATION_PROBLEM_JSON;
	}

}

package io.carve.starter.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Collection;

import feign.Response;
import feign.codec.ErrorDecoder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns every error answer of a platform service into a {@link RemoteProblemException} that
 * names the service, the status, its problem details and its trace id. Answers that are not
 * problem documents (from a proxy, say) become a problem with their status and reason.
 */
public class ProblemErrorDecoder implements ErrorDecoder {

	/** Problem documents are small; a larger error body is not one of ours. */
	private static final int MAX_PROBLEM_BYTES = 64 * 1024;

	private static final String TRACE_ID_HEADER = "X-Trace-Id";

	private final JsonMapper jsonMapper;

	public ProblemErrorDecoder(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
	}

	@Override
	public Exception decode(String methodKey, Response response) {
		String service = response.request().requestTemplate().feignTarget().name();
		RemoteProblem problem = readProblem(response);
		if (problem == null) {
			problem = RemoteProblem.ofPlainAnswer(response.status(), response.reason(), service);
		}
		problem = complete(problem, response, service);
		return new RemoteProblemException(service, response.request().httpMethod(), problem);
	}

	private RemoteProblem readProblem(Response response) {
		if (response.body() == null || !isJson(response)) {
			return null;
		}
		try (InputStream body = response.body().asInputStream()) {
			byte[] bytes = body.readNBytes(MAX_PROBLEM_BYTES + 1);
			if (bytes.length > MAX_PROBLEM_BYTES) {
				return null;
			}
			return this.jsonMapper.readValue(bytes, RemoteProblem.class);
		}
		catch (IOException | JacksonException ex) {
			return null;
		}
	}

	private static boolean isJson(Response response) {
		// Feign's header map ignores case.
		Collection<String> types = response.headers().get("Content-Type");
		return types != null && types.stream().anyMatch((type) -> type.contains("json"));
	}

	/** The status is the answer's, whatever the body claims; the trace id falls back to the header. */
	private static RemoteProblem complete(RemoteProblem problem, Response response, String service) {
		String traceId = problem.traceId();
		if (traceId == null) {
			Collection<String> header = response.headers().get(TRACE_ID_HEADER);
			traceId = (header != null && !header.isEmpty()) ? header.iterator().next() : null;
		}
		String instance = (problem.instance() != null) ? problem.instance() : pathOf(response);
		return new RemoteProblem(problem.type(), problem.title(), response.status(), problem.detail(), instance,
				(problem.service() != null) ? problem.service() : service, traceId, problem.errors(), problem.upstream());
	}

	private static String pathOf(Response response) {
		try {
			return URI.create(response.request().url()).getRawPath();
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}

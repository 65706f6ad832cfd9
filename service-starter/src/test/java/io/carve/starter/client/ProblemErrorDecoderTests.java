package io.carve.starter.client;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import feign.Request;
import feign.Request.HttpMethod;
import feign.RequestTemplate;
import feign.Response;
import feign.Target.HardCodedTarget;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemErrorDecoderTests {

	private final ProblemErrorDecoder decoder = new ProblemErrorDecoder(JsonMapper.builder().build());

	@Test
	void readsAProblemIntoATypedExceptionNamingServiceStatusProblemAndTrace() {
		String body = """
				{"title": "Invalid request", "status": 400, "detail": "The request body has invalid fields.",
				 "instance": "/api/v1/models", "service": "model-service", "traceId": "abc123",
				 "errors": [{"field": "name", "message": "must not be blank"}], "somethingNew": true}
				""";
		RemoteProblemException ex = decode(400, "application/problem+json", body, Map.of());
		assertThat(ex.service()).isEqualTo("model-service");
		assertThat(ex.status()).isEqualTo(400);
		assertThat(ex.method()).isEqualTo(HttpMethod.POST);
		assertThat(ex.problem().title()).isEqualTo("Invalid request");
		assertThat(ex.problem().traceId()).isEqualTo("abc123");
		assertThat(ex.problem().errors()).containsExactly(new RemoteProblem.InvalidField("name", "must not be blank"));
		assertThat(ex.getMessage()).isEqualTo("model-service answered POST /api/v1/models with 400 Invalid request: "
				+ "The request body has invalid fields. (trace abc123)");
	}

	@Test
	void standsInAProblemForAnAnswerThatIsNotOne() {
		RemoteProblemException ex = decode(502, "text/html", "<h1>Bad Gateway</h1>", Map.of("X-Trace-Id", List.of("t-1")));
		assertThat(ex.status()).isEqualTo(502);
		assertThat(ex.problem().title()).isEqualTo("Bad Gateway");
		assertThat(ex.problem().detail()).isEqualTo("The answer carried no problem details.");
		assertThat(ex.problem().instance()).isEqualTo("/api/v1/models");
		assertThat(ex.problem().traceId()).isEqualTo("t-1");
	}

	@Test
	void keepsTheStatusOfTheAnswerOverTheOneInItsBody() {
		RemoteProblemException ex = decode(503, "application/problem+json", "{\"status\": 200, \"title\": \"odd\"}", Map.of());
		assertThat(ex.status()).isEqualTo(503);
	}

	@Test
	void ignoresABodyThatIsNotValidJson() {
		RemoteProblemException ex = decode(500, "application/problem+json", "{\"title\": ", Map.of());
		assertThat(ex.problem().detail()).isEqualTo("The answer carried no problem details.");
	}

	private RemoteProblemException decode(int status, String contentType, String body,
			Map<String, Collection<String>> extraHeaders) {
		RequestTemplate template = new RequestTemplate();
		template.feignTarget(new HardCodedTarget<>(ModelClient.class, "model-service",
				"http://model-service"));
		Request request = Request.create(HttpMethod.POST, "http://10.0.0.1:8081/api/v1/models", Map.of(), null,
				StandardCharsets.UTF_8, template);
		Map<String, Collection<String>> headers = new java.util.HashMap<>(extraHeaders);
		headers.put("Content-Type", List.of(contentType));
		Response response = Response.builder()
			.status(status)
			.reason(org.springframework.http.HttpStatus.valueOf(status).getReasonPhrase())
			.request(request)
			.headers(headers)
			.body(body, StandardCharsets.UTF_8)
			.build();
		return (RemoteProblemException) this.decoder.decode("ModelClient#createModel(String)", response);
	}

	/** A client of the shape a contract's interface has; only its name and type reach the decoder. */
	interface ModelClient {

		String createModel(String model);

	}

}

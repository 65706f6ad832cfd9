package io.carve.starter.sample;

import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Flow;

import io.carve.test.ApiClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** What a service gets from the starter over real HTTP, shown on a service of one controller. */
@SpringBootTest(classes = SampleApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.application.name=sample-service",
				// JPA is on the test classpath, so the platform's data defaults apply: a readiness that needs
				// the database, which this service has not.
				"management.endpoint.health.group.readiness.include=readinessState" })
class WebConventionsTests {

	@LocalServerPort
	private int port;

	@Test
	void answersAnUnknownPathWithA404Problem() {
		HttpResponse<String> response = send("GET", "/nothing-here", "application/json", null, null);

		assertCleanProblem(response, 404);
		assertThat(problem(response).get("instance").asString()).isEqualTo("/nothing-here");
	}

	@Test
	void answersProblemXmlWhenAskedForXml() {
		HttpResponse<String> response = send("GET", "/nothing-here", "application/xml", null, null);

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+xml");
		assertThat(response.body()).startsWith("<problem xmlns=\"urn:ietf:rfc:7807\">")
			.contains("<status>404</status>", "<service>sample-service</service>", "<traceId>");
	}

	@Test
	void answersAMethodNotAllowedWithAProblem() {
		HttpResponse<String> response = send("DELETE", "/notes", "application/json", null, null);

		assertCleanProblem(response, 405);
		assertThat(response.headers().firstValue("Allow")).hasValueSatisfying((allow) -> assertThat(allow).contains("POST"));
	}

	@Test
	void refusesABodyOverTheLimitWith413() {
		String huge = "{\"text\":\"" + "a".repeat(100_000) + "\"}";

		HttpResponse<String> declared = send("POST", "/notes", "application/json", "application/json",
				BodyPublishers.ofString(huge));
		HttpResponse<String> chunked = send("POST", "/notes", "application/json", "application/json",
				unknownLength(huge));

		assertCleanProblem(declared, 413);
		assertCleanProblem(chunked, 413);
		assertThat(problem(chunked).get("title").asString()).isEqualTo("Request body too large")
			.isEqualTo(problem(declared).get("title").asString());
	}

	@Test
	void acceptsABodyWithinTheLimit() {
		HttpResponse<String> response = send("POST", "/notes", "application/json", "application/json",
				BodyPublishers.ofString("{\"text\":\"" + "a".repeat(60_000) + "\"}"));

		assertThat(response.statusCode()).isEqualTo(201);
	}

	@Test
	void answersMalformedJsonWithA400ProblemNamingNoJavaClass() {
		HttpResponse<String> truncated = send("POST", "/notes", "application/json", "application/json",
				BodyPublishers.ofString("{\"text\": "));
		HttpResponse<String> wrongType = send("POST", "/notes", "application/json", "application/json",
				BodyPublishers.ofString("{\"text\": 31415}"));
		HttpResponse<String> unknownField = send("POST", "/notes", "application/json", "application/json",
				BodyPublishers.ofString("{\"text\": \"x\", \"colour\": \"red\"}"));

		assertCleanProblem(truncated, 400);
		assertCleanProblem(wrongType, 400);
		assertThat(problem(wrongType).get("errors").get(0).get("field").asString()).isEqualTo("text");
		assertCleanProblem(unknownField, 400);
		assertThat(problem(unknownField).get("errors").get(0).get("field").asString()).isEqualTo("colour");
	}

	@Test
	void answersAFailureWithA500ProblemThatKeepsItsCauseToItself() {
		HttpResponse<String> response = send("GET", "/failure", "application/json", null, null);

		assertCleanProblem(response, 500);
		assertThat(response.body()).doesNotContain("Vault", "lost its key");
	}

	@Test
	void carriesTheCallersW3cTraceIdInHeaderAndProblem() {
		String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";

		HttpResponse<String> response = send("GET", "/nothing-here", "application/json", null, null, "traceparent",
				"00-" + traceId + "-00f067aa0ba902b7-01");

		assertThat(response.headers().firstValue("X-Trace-Id")).hasValue(traceId);
		assertThat(problem(response).get("traceId").asString()).isEqualTo(traceId);
	}

	@Test
	void answersEveryRequestWithATraceId() {
		HttpResponse<String> response = send("POST", "/notes", "application/json", "application/json",
				BodyPublishers.ofString("{\"text\": \"hello\"}"));

		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(response.headers().firstValue("X-Trace-Id")).hasValueSatisfying(
				(traceId) -> assertThat(traceId).matches("[0-9a-f]{32}"));
	}

	@Test
	void answersARequestTomcatCannotReadAsAProblem() throws IOException {
		// The JDK's client refuses to send such a path, so the request is written by hand.
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.getOutputStream()
				.write("GET /notes/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
					.getBytes(StandardCharsets.US_ASCII));
			String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

			assertThat(answer).startsWith("HTTP/1.1 400")
				.containsIgnoringCase("Content-Type: application/problem+json")
				.contains("\"status\":400", "\"service\":\"sample-service\"")
				.doesNotContain("<html");
		}
	}

	private static void assertCleanProblem(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = problem(response);
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("title").asString()).isNotBlank();
		assertThat(problem.get("detail").asString()).isNotBlank();
		assertThat(problem.get("service").asString()).isEqualTo("sample-service");
		assertThat(problem.get("traceId").asString()).matches("[0-9a-f]{32}");
		assertThat(response.body()).doesNotContainIgnoringCase("exception")
			.doesNotContain("io.carve", "tools.jackson", "org.springframework", "java.", "\tat ");
	}

	private static JsonNode problem(HttpResponse<String> response) {
		return ApiClient.json(response);
	}

	private HttpResponse<String> send(String method, String path, String accept, String contentType, BodyPublisher body,
			String... headers) {
		return new ApiClient("http://localhost:" + this.port).sendPublished(method, path, contentType, accept,
				(body != null) ? body : BodyPublishers.noBody(), headers);
	}

	/** The body without a declared length, so it goes chunked and only reading it finds it too large. */
	private static BodyPublisher unknownLength(String body) {
		BodyPublisher known = BodyPublishers.ofString(body, StandardCharsets.UTF_8);
		return new BodyPublisher() {

			@Override
			public long contentLength() {
				return -1;
			}

			@Override
			public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
				known.subscribe(subscriber);
			}

		};
	}

}

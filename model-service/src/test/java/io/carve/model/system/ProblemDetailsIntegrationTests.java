package io.carve.model.system;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Flow;

import io.carve.model.ServiceIntegrationTest;
import io.carve.test.ApiClient;
import io.carve.test.RawExchange;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class ProblemDetailsIntegrationTests extends ServiceIntegrationTest {

	private static final String MODELS = "/api/v1/models";

	private static void assertCleanProblem(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = ApiClient.json(response);
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("title").asString()).isNotBlank();
		assertThat(problem.get("detail").asString()).isNotBlank();
		assertThat(problem.get("service").asString()).isEqualTo("model-service");
		assertThat(problem.get("traceId").asString()).matches("[0-9a-f]{32}");
		assertThat(response.body()).doesNotContainIgnoringCase("exception")
			.doesNotContain("io.carve", "tools.jackson", "org.springframework", "java.", "SQL", "\tat ");
	}

	@Test
	void answersAWildcardContentTypeWith415EvenWhereSpringChecksItLate() {
		HttpResponse<String> response = this.api.send("GET", "/actuator/health", "*/*", "application/json", "{}");
		assertThat(response.statusCode()).isEqualTo(415);
		assertThat(ApiClient.json(response).get("detail").asString()).contains("names no media type");
	}

	@Test
	void answersTheErrorPathAskedForDirectlyWith404() {
		assertThat(this.api.get("/error", "application/json").statusCode()).isEqualTo(404);
	}

	@Test
	void answersARequestTomcatCannotReadAsAProblemToo() {
		// The JDK's client refuses to send such a path, so the request is written by hand.
		RawExchange.Answer answer = RawExchange.send(this.port, "GET /api/v1/models/%zz HTTP/1.1\r\nHost: localhost");
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
		assertThat(answer.json().get("service").asString()).isEqualTo("model-service");
	}

	@Test
	void answersAQueryThatCannotBeDecodedWithA400Problem() {
		RawExchange.Answer answer = RawExchange.send(this.port, "GET /api/v1/models?type=%zz HTTP/1.1\r\nHost: localhost");
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
	}

	@Test
	void answersUnknownPathWithProblemJsonOrXml() {
		HttpResponse<String> json = this.api.get("/api/v1/nothing-here", "application/json");
		HttpResponse<String> xml = this.api.get("/nothing-here", "application/xml");
		HttpResponse<String> browser = this.api.get("/nothing-here", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");

		assertCleanProblem(json, 404);
		assertThat(xml.statusCode()).isEqualTo(404);
		assertThat(xml.headers().firstValue("Content-Type")).hasValue("application/problem+xml");
		assertThat(xml.body()).startsWith("<problem xmlns=\"urn:ietf:rfc:7807\">").contains("<status>404</status>",
				"<service>model-service</service>", "<traceId>");
		assertThat(browser.statusCode()).isEqualTo(404);
		assertThat(browser.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("application/problem+"));
	}

	@Test
	void answersMethodNotAllowedWithProblem() {
		HttpResponse<String> response = this.api.send("PATCH", MODELS, "application/json", "application/json", "{}");

		assertCleanProblem(response, 405);
		assertThat(response.headers().firstValue("Allow")).isPresent();
	}

	@Test
	void answersMissingModelWithProblemXmlWhenAskedForXml() {
		HttpResponse<String> response = this.api.get(MODELS + "/" + Long.MAX_VALUE, "application/xml");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+xml");
		assertThat(response.body()).contains("<title>Model not found</title>");
	}

	@Test
	void rejectsMalformedJson() {
		assertCleanProblem(this.api.postJson(MODELS, "{\"name\": \"x\", \"type\": "), 400);
		assertCleanProblem(this.api.postJson(MODELS, "[1, 2, 3]"), 400);
		assertCleanProblem(this.api.postJson(MODELS, "{\"name\": \"x\", \"type\": \"USER\"} trailing"), 400);
	}

	@Test
	void rejectsMalformedXml() {
		HttpResponse<String> response = this.api.postXml(MODELS, "<model><name>x</name><type>USER</type>");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+xml");
	}

	@Test
	void rejectsWrongTypesNamingTheField() {
		HttpResponse<String> response = this.api.postJson(MODELS, "{\"name\": {\"nested\": true}, \"type\": \"USER\"}");

		assertCleanProblem(response, 400);
		assertThat(ApiClient.json(response).get("errors").get(0).get("field").asString()).isEqualTo("name");
	}

	@Test
	void rejectsNumbersAndBooleansForTextFieldsInsteadOfConvertingThem() {
		HttpResponse<String> number = this.api.postJson(MODELS, "{\"name\": 31415926535, \"type\": \"USER\"}");
		HttpResponse<String> bool = this.api.postJson(MODELS, "{\"name\": true, \"type\": \"USER\"}");

		assertCleanProblem(number, 400);
		assertThat(ApiClient.json(number).get("errors").get(0).get("field").asString()).isEqualTo("name");
		assertCleanProblem(bool, 400);
		assertThat(this.api.get(MODELS + "?name=31415926535", "application/json").body()).contains("\"totalElements\":0");
	}

	@Test
	void rejectsTextPostgresCannotStoreAsSent() {
		HttpResponse<String> nul = this.api.postJson(MODELS, "{\"name\": \"a\\u0000b\", \"type\": \"USER\"}");
		HttpResponse<String> loneSurrogate = this.api.postJson(MODELS,
				"{\"name\": \"a\\ud800b\", \"type\": \"USER\"}");
		HttpResponse<String> nulFilter = this.api.get(MODELS + "?name=a%00b", "application/json");
		HttpResponse<String> emoji = this.api.postJson(MODELS,
				"{\"name\": \"" + uniqueName("smile-\\ud83d\\ude00") + "\", \"type\": \"USER\"}");

		assertCleanProblem(nul, 400);
		assertThat(ApiClient.json(nul).get("errors").get(0).get("field").asString()).isEqualTo("name");
		assertCleanProblem(loneSurrogate, 400);
		assertCleanProblem(nulFilter, 400);
		assertThat(emoji.statusCode()).as(emoji.body()).isEqualTo(201);
		assertThat(ApiClient.json(emoji).get("name").asString()).startsWith("smile-\uD83D\uDE00");
	}

	@Test
	void rejectsQueryParametersThatAreNotUtf8() {
		HttpResponse<String> surrogate = this.api.get(MODELS + "?name=%ED%A0%80", "application/json");
		HttpResponse<String> latin1 = this.api.get(MODELS + "?sort=caf%E9", "application/json");

		assertCleanProblem(surrogate, 400);
		assertCleanProblem(latin1, 400);
	}

	@Test
	void rejectsAPageBeyondTheLastPossibleOne() {
		HttpResponse<String> response = this.api.get(MODELS + "?page=2147483647&size=100", "application/json");

		assertCleanProblem(response, 400);
		assertThat(ApiClient.json(response).get("errors").get(0).get("field").asString()).isEqualTo("page");
	}

	@Test
	void rejectsNonNumericId() {
		HttpResponse<String> response = this.api.get(MODELS + "/abc", "application/json");

		assertCleanProblem(response, 400);
		assertThat(ApiClient.json(response).get("errors").get(0).get("field").asString()).isEqualTo("id");
	}

	@Test
	void rejectsMissingBody() {
		assertCleanProblem(this.api.send("POST", MODELS, "application/json", "application/json", (String) null), 400);
	}

	@Test
	void refusesExternalEntitiesWithoutReadingTheFile() {
		String xxe = "<?xml version=\"1.0\"?><!DOCTYPE model [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
				+ "<model><name>&xxe;</name><type>USER</type></model>";

		HttpResponse<String> response = this.api.send("POST", MODELS, "application/xml", "application/json", xxe);

		assertCleanProblem(response, 400);
		assertThat(response.body()).doesNotContain("root:");
		assertThat(this.api.get(MODELS + "?name=root", "application/json").body()).contains("\"totalElements\":0");
	}

	@Test
	void refusesEntityExpansionQuickly() {
		StringBuilder entities = new StringBuilder("<!ENTITY a0 \"lol\">");
		for (int i = 1; i < 10; i++) {
			entities.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
		}
		String bomb = "<?xml version=\"1.0\"?><!DOCTYPE model [" + entities + "]><model><name>&a9;</name><type>USER</type></model>";

		HttpResponse<String> response = assertTimeoutPreemptively(Duration.ofSeconds(10),
				() -> this.api.send("POST", MODELS, "application/xml", "application/json", bomb));

		assertCleanProblem(response, 400);
	}

	@Test
	void refusesBodyOverTheLimitWith413() {
		String huge = "{\"name\":\"" + "a".repeat(100_000) + "\",\"type\":\"USER\"}";

		HttpResponse<String> declared = this.api.postJson(MODELS, huge);
		HttpResponse<String> chunked = this.api.sendPublished("POST", MODELS, "application/json", "application/json",
				unknownLength(huge));

		assertCleanProblem(declared, 413);
		assertCleanProblem(chunked, 413);
		assertThat(ApiClient.json(declared).get("title").asString()).isEqualTo("Request body too large")
			.isEqualTo(ApiClient.json(chunked).get("title").asString());
	}

	@Test
	void refusesUnsupportedContentTypeWith415() {
		HttpResponse<String> response = this.api.send("POST", MODELS, "text/plain", "application/json", "name=x");

		assertCleanProblem(response, 415);
	}

	@Test
	void refusesFormBodiesWith415EvenWhenMalformed() {
		HttpResponse<String> put = this.api.send("PUT", MODELS + "/1", "application/x-www-form-urlencoded",
				"application/json", "name=%E0%A4%A&type=%zz");
		HttpResponse<String> patch = this.api.send("PATCH", MODELS + "/1", "application/x-www-form-urlencoded",
				"application/json", "%");

		assertCleanProblem(put, 415);
		assertCleanProblem(patch, 405);
	}

	@Test
	void leavesMultipartBodiesUnreadEvenWithoutABoundary() {
		// Found by the random-input sweep (HostileInputIntegrationTests): both were 500s.
		HttpResponse<String> get = this.api.send("GET", MODELS, "multipart/form-data", "application/json", null);
		HttpResponse<String> post = this.api.send("POST", MODELS, "multipart/form-data", "application/json", "x");

		assertThat(get.statusCode()).isEqualTo(200);
		assertCleanProblem(post, 415);
	}

	@Test
	void refusesUnacceptableRepresentationWith406() {
		HttpResponse<String> response = this.api.get(MODELS, "text/csv");

		assertThat(response.statusCode()).isEqualTo(406);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("application/problem+json"));
	}

	@Test
	void carriesTheCallersW3cTraceIdInHeaderAndProblem() {
		String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";

		HttpResponse<String> response = this.api.get(MODELS + "/" + Long.MAX_VALUE, "application/json", "traceparent",
				"00-" + traceId + "-00f067aa0ba902b7-01");

		assertThat(response.headers().firstValue("X-Trace-Id")).hasValue(traceId);
		assertThat(ApiClient.json(response).get("traceId").asString()).isEqualTo(traceId);
	}

	private static java.net.http.HttpRequest.BodyPublisher unknownLength(String body) {
		java.net.http.HttpRequest.BodyPublisher known = BodyPublishers.ofString(body, StandardCharsets.UTF_8);
		return new java.net.http.HttpRequest.BodyPublisher() {

			@Override
			public long contentLength() {
				return -1;
			}

			@Override
			public void subscribe(Flow.Subscriber<? super java.nio.ByteBuffer> subscriber) {
				known.subscribe(subscriber);
			}

		};
	}

}

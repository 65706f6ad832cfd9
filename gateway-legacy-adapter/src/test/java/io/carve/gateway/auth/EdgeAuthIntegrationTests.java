package io.carve.gateway.auth;

import java.net.http.HttpResponse;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.carve.test.ApiClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.test.context.TestPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The edge authentication as configured: what the monolith's check receives, the anonymous
 * routes, and the API description's security.
 */
// The description is off the public port (the front door's rule); served here to read what it declares.
@TestPropertySource(properties = "springdoc.api-docs.enabled=true")
class EdgeAuthIntegrationTests extends EdgeAuthIntegrationTest {

	private static final String MODEL = "{\"id\":1,\"name\":\"a\",\"type\":\"USER\",\"createdAt\":\"2026-11-26T08:00:00Z\","
			+ "\"updatedAt\":\"2026-11-26T08:00:00Z\",\"url\":\"/api/v1/models/1\"}";

	@Test
	void sendsTheMonolithsCheckTheCallersCookieAndAuthorizationAndTheTraceOnly() {
		String token = goodToken();
		modelService.stubFor(get(urlPathEqualTo("/api/v1/models")).willReturn(aResponse()
			.withHeader("Content-Type", "application/json")
			.withBody("{\"items\":[],\"page\":0,\"size\":100,\"totalElements\":0,\"totalPages\":0}")));

		HttpResponse<String> list = client().get("/api/custom", "application/json", "Authorization", token, "Cookie",
				"session=s1", "traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", "X-Custom",
				"not for the check");

		assertThat(list.statusCode()).isEqualTo(200);
		LoggedRequest check = monolithCheck.findAll(getRequestedFor(urlPathEqualTo(CHECK))).get(0);
		assertThat(check.getHeader("Authorization")).isEqualTo(token);
		assertThat(check.getHeader("Cookie")).isEqualTo("session=s1");
		assertThat(check.getHeader("traceparent")).startsWith("00-4bf92f3577b34da6a3ce929d0e0e4736-");
		assertThat(check.getHeaders().keys()).map(String::toLowerCase)
			.isSubsetOf("authorization", "cookie", "traceparent", "tracestate", "host", "connection", "content-length",
					"user-agent");
	}

	@Test
	void letsAnAnonymousRouteThroughUnaskedButNotAnotherMethodOnTheSamePath() {
		modelService.stubFor(get(urlPathEqualTo("/api/v1/models/1"))
			.willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(MODEL)));

		HttpResponse<String> item = client().get("/api/custom/1");
		assertThat(item.statusCode()).isEqualTo(200);
		assertThat(checks()).isZero();

		assertThat(client().delete("/api/custom/1").statusCode()).isEqualTo(401);
	}

	@Test
	void leavesTheProxiedRoutesToTheMonolith() {
		HttpResponse<String> echo = client().get("/legacy/echo?edge=1");

		assertThat(echo.statusCode()).isEqualTo(200);
		assertThat(legacy.lastRequest().uri()).isEqualTo("/legacy/echo?edge=1");
		assertThat(checks()).isZero();
	}

	@Test
	void declaresTheMonolithsSessionAndTokenOnEveryAuthenticatedOperation() {
		JsonNode api = ApiClient.json(client().get("/v3/api-docs"));

		JsonNode schemes = api.get("components").get("securitySchemes");
		assertThat(schemes.get("monolithSession").get("type").asString()).isEqualTo("apiKey");
		assertThat(schemes.get("monolithSession").get("in").asString()).isEqualTo("cookie");
		assertThat(schemes.get("monolithSession").get("name").asString()).isEqualTo("session");
		assertThat(schemes.get("monolithToken").get("scheme").asString()).isEqualTo("bearer");
		JsonNode list = api.get("paths").get("/api/custom").get("get");
		assertThat(list.get("security").toString()).isEqualTo("[{\"monolithSession\":[]},{\"monolithToken\":[]}]");
		assertThat(list.get("responses").has("401")).isTrue();
		assertThat(api.get("paths").get("/api/custom").get("post").get("security")).isNotNull();
		// GET /api/custom/* is anonymous in these tests.
		assertThat(api.get("paths").get("/api/custom/{id}").get("get").has("security")).isFalse();
	}

	private ApiClient client() {
		return new ApiClient("http://localhost:" + port());
	}

}

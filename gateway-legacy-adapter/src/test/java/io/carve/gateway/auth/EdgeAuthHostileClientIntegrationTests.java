package io.carve.gateway.auth;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.carve.test.ApiClient;
import io.carve.test.HostileClientReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An attacker at the gateway's edge, trying to reach a migrated route without credentials the
 * monolith accepts: each probe asserts, over HTTP, that it is refused and that nothing reached
 * model-service.
 */
@ExtendWith(HostileClientReport.class)
class EdgeAuthHostileClientIntegrationTests extends EdgeAuthIntegrationTest {

	private static final String ITEM = "{\"name\": \"intruder\"}";

	@Test
	void refusesARequestWithoutCredentialsPassingOnTheMonolithsChallenge() {
		HttpResponse<String> list = anonymous().get("/api/custom");
		HttpResponse<String> create = anonymous().postJson("/api/custom", ITEM);

		assertThat(list.statusCode()).isEqualTo(401);
		assertThat(list.headers().firstValue("WWW-Authenticate")).hasValue(CHALLENGE);
		assertThat(list.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(ApiClient.json(list).get("service").asString()).isEqualTo("gateway-legacy-adapter");
		assertThat(ApiClient.json(list).get("traceId").asString()).isNotBlank();
		assertThat(create.statusCode()).isEqualTo(401);
		assertThat(modelService.getAllServeEvents()).isEmpty();
	}

	@Test
	void refusesAForgedSessionCookie() {
		HttpResponse<String> forged = anonymous().postJson("/api/custom", ITEM, "Cookie", "session=forged; admin=true");

		assertThat(forged.statusCode()).isEqualTo(401);
		assertThat(monolithCheck.findAll(getRequestedFor(urlPathEqualTo(CHECK))).get(0).getHeader("Cookie"))
			.isEqualTo("session=forged; admin=true");
		assertThat(modelService.getAllServeEvents()).isEmpty();
	}

	@Test
	void refusesATokenTheMonolithForbidsAsA403ProblemInXmlWhenAskedForXml() {
		monolithCheck.stubFor(get(urlPathEqualTo(CHECK)).willReturn(aResponse().withStatus(403)));

		HttpResponse<String> refused = signedIn("Bearer suspended").get("/api/custom", "application/xml");

		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+xml");
		assertThat(refused.body()).contains("<status>403</status>", "<service>gateway-legacy-adapter</service>");
		assertThat(modelService.getAllServeEvents()).isEmpty();
	}

	@Test
	void letsNothingThroughWhileTheMonolithIsDown() {
		monolithCheck.stop();
		ApiClient client = signedIn(goodToken());

		HttpResponse<String> list = client.get("/api/custom");
		HttpResponse<String> create = client.postJson("/api/custom", ITEM);

		assertThat(list.statusCode()).isEqualTo(503);
		assertThat(list.headers().firstValue("Retry-After")).hasValue("7");
		assertThat(ApiClient.json(list).get("detail").asString()).contains("the monolith")
			.doesNotContain("127.0.0.1", "localhost");
		assertThat(create.statusCode()).isEqualTo(503);
		assertThat(modelService.getAllServeEvents()).isEmpty();
		// No verdict is kept for want of one: the monolith back, the same client is let through.
		answerAsAMonolithThatKnowsGoodTokens();
		stubModelServiceList();
		assertThat(client.get("/api/custom").statusCode()).isEqualTo(200);
	}

	@Test
	void refusesWith503WithinTheTimeoutWhenTheMonolithIsSlow() {
		// A first check (whatever its verdict), so that what is timed below is the check and not the
		// gateway's warming up.
		anonymous().get("/api/custom");
		monolithCheck.stubFor(get(urlPathEqualTo(CHECK)).willReturn(aResponse().withStatus(204).withFixedDelay(5000)));

		Instant start = Instant.now();
		HttpResponse<String> slow = signedIn(goodToken()).get("/api/custom");
		Duration took = Duration.between(start, Instant.now());

		assertThat(slow.statusCode()).isEqualTo(503);
		assertThat(took).isLessThan(Duration.ofMillis(TIMEOUT_MILLIS + 1000));
		assertThat(modelService.getAllServeEvents()).isEmpty();
	}

	@Test
	void takesNoOtherAnswerOfTheMonolithForAVerdict() {
		String redirected = goodToken();
		String failed = goodToken();
		monolithCheck.stubFor(get(urlPathEqualTo(CHECK)).withHeader("Authorization", equalTo(redirected))
			.willReturn(aResponse().withStatus(302).withHeader("Location", "/login")));
		monolithCheck.stubFor(get(urlPathEqualTo(CHECK)).withHeader("Authorization", equalTo(failed))
			.willReturn(aResponse().withStatus(500)));

		assertThat(signedIn(redirected).get("/api/custom").statusCode()).isEqualTo(503);
		assertThat(signedIn(failed).get("/api/custom").statusCode()).isEqualTo(503);
		assertThat(modelService.getAllServeEvents()).isEmpty();
	}

	@Test
	void asksTheMonolithOnceForABurstWithTheSameCredentialsAndKeepsARefusalToo() {
		stubModelServiceList();
		ApiClient client = signedIn(goodToken());
		for (int i = 0; i < 5; i++) {
			assertThat(client.get("/api/custom").statusCode()).isEqualTo(200);
		}
		assertThat(checks()).isEqualTo(1);
		ApiClient forger = signedIn("Bearer forged-" + System.nanoTime());
		for (int i = 0; i < 5; i++) {
			assertThat(forger.get("/api/custom").statusCode()).isEqualTo(401);
		}
		assertThat(checks()).isEqualTo(2);
	}

	@Test
	void ignoresIdentityHeadersTheClientSetsItselfAndPassesNoneToTheMonolithsCheck() {
		String[] identity = { "X-Auth-User", "admin", "X-Forwarded-User", "admin", "X-Remote-User", "admin",
				"X-User-Id", "1", "X-Forwarded-For", "10.0.0.1" };
		assertThat(anonymous().get("/api/custom", "application/json", identity).statusCode()).isEqualTo(401);

		stubModelServiceList();
		assertThat(signedIn(goodToken()).get("/api/custom", "application/json", identity).statusCode()).isEqualTo(200);
		for (LoggedRequest check : monolithCheck.findAll(getRequestedFor(urlPathEqualTo(CHECK)))) {
			assertThat(check.getHeaders().keys()).map(String::toLowerCase)
				.doesNotContain("x-auth-user", "x-forwarded-user", "x-remote-user", "x-user-id", "x-forwarded-for",
						"accept");
		}
		modelService.getAllServeEvents()
			.forEach((call) -> assertThat(call.getRequest().getHeaders().keys()).map(String::toLowerCase)
				.doesNotContain("x-auth-user", "x-forwarded-user", "x-remote-user", "x-user-id", "authorization"));
	}

	private ApiClient anonymous() {
		return new ApiClient("http://localhost:" + port());
	}

	private ApiClient signedIn(String authorization) {
		return anonymous().withHeaders("Authorization", authorization);
	}

	private static void stubModelServiceList() {
		modelService.stubFor(get(urlPathMatching("/api/v1/models")).willReturn(aResponse()
			.withHeader("Content-Type", "application/json")
			.withBody("{\"items\":[],\"page\":0,\"size\":100,\"totalElements\":0,\"totalPages\":0}")));
	}

}

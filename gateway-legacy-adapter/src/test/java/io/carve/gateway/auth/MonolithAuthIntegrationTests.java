package io.carve.gateway.auth;

import java.net.http.HttpResponse;

import io.carve.gateway.GatewayIntegrationTest;
import io.carve.gateway.legacy.LegacyStandIn;
import io.carve.test.ApiClient;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's defaults: every migrated route authenticated by the monolith's {@code /auth/check}
 * (here the stand-in's), with the credentials a signed-in client of the monolith sends.
 */
class MonolithAuthIntegrationTests extends GatewayIntegrationTest {

	@Test
	void letsAClientSignedInWithTheMonolithsTokenOrSessionCookieThrough() {
		stubEmptyList();

		HttpResponse<String> token = anonymous().get("/api/custom", "application/json", "Authorization",
				"Bearer " + LegacyStandIn.TOKEN);
		HttpResponse<String> session = anonymous().get("/api/custom", "application/json", "Cookie",
				"theme=dark; session=" + LegacyStandIn.SESSION);

		assertThat(token.statusCode()).isEqualTo(200);
		assertThat(session.statusCode()).isEqualTo(200);
		assertThat(legacy.lastCheck().header("Cookie")).isEqualTo("theme=dark; session=" + LegacyStandIn.SESSION);
	}

	@Test
	void refusesAClientWithoutCredentialsWithTheMonolithsChallenge() {
		HttpResponse<String> refused = anonymous().get("/api/custom", "application/xml");

		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.headers().allValues("WWW-Authenticate")).containsExactly(LegacyStandIn.CHALLENGE);
		assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+xml");
		assertThat(refused.body()).contains("<status>401</status>", "<instance>/api/custom</instance>");
		assertThat(modelService.getAllServeEvents()).isEmpty();
	}

	@Test
	void refusesAUserTheMonolithForbidsWith403() {
		HttpResponse<String> refused = anonymous().postJson("/api/custom", "{\"name\": \"x\"}", "Authorization",
				"Bearer " + LegacyStandIn.SUSPENDED_TOKEN);

		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(ApiClient.json(refused).get("detail").asString()).contains("the monolith refused them");
		assertThat(refused.headers().firstValue("WWW-Authenticate")).isEmpty();
		assertThat(modelService.getAllServeEvents()).isEmpty();
	}

	@Test
	void authenticatesEveryMethodOnTheMigratedPathsBeforeRefusingIt() {
		HttpResponse<String> delete = anonymous().delete("/api/custom/1");

		assertThat(delete.statusCode()).isEqualTo(401);
		assertThat(this.gateway.delete("/api/custom/1").statusCode()).isEqualTo(405);
	}

	private ApiClient anonymous() {
		return new ApiClient("http://localhost:" + port());
	}

	private static void stubEmptyList() {
		modelService.stubFor(get(urlPathEqualTo("/api/v1/models")).willReturn(aResponse()
			.withHeader("Content-Type", "application/json")
			.withBody("{\"items\":[],\"page\":0,\"size\":100,\"totalElements\":0,\"totalPages\":0}")));
	}

}

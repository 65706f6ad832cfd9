package io.carve.gateway.custom;

import java.net.http.HttpResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.carve.gateway.GatewayIntegrationTest;
import io.carve.test.ApiClient;
import io.carve.test.RawExchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migrated routes' own rules: what they take, what they refuse, and that nothing meant for
 * them reaches the monolith. model-service is a WireMock here; the calls to it are pinned by the
 * Pact tests, not by these stubs.
 */
class CustomApiIntegrationTests extends GatewayIntegrationTest {

	@Test
	void listsTheItemsOfEveryPageOfModelServiceInOneList() {
		modelService.stubFor(get(urlPathEqualTo("/api/v1/models")).withQueryParam("page", equalTo("0"))
			.willReturn(page("[" + model(1, "a") + "," + model(2, "b") + "]", 0, 2)));
		modelService.stubFor(get(urlPathEqualTo("/api/v1/models")).withQueryParam("page", equalTo("1"))
			.willReturn(page("[" + model(3, "c") + "]", 1, 2)));
		HttpResponse<String> response = this.gateway.get("/api/custom");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("[{\"id\":1,\"name\":\"a\",\"url\":\"/api/custom/1\"},"
				+ "{\"id\":2,\"name\":\"b\",\"url\":\"/api/custom/2\"},{\"id\":3,\"name\":\"c\",\"url\":\"/api/custom/3\"}]");
	}

	@Test
	void createsAModelOfTheConfiguredTypeIgnoringReadOnlyFields() {
		modelService.stubFor(post("/api/v1/models").willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody(model(9, "new"))));
		HttpResponse<String> response = this.gateway.postJson("/api/custom", "{\"name\": \"new\", \"id\": 5, \"url\": \"/x\"}");
		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(response.headers().firstValue("Location")).hasValue("/api/custom/9");
		modelService.verify(postRequestedFor(urlPathEqualTo("/api/v1/models"))
			.withRequestBody(equalToJson("{\"name\": \"new\", \"type\": \"USER\"}")));
	}

	@Test
	void refusesANameThatIsNotAStringAndFieldsItDoesNotKnow() {
		HttpResponse<String> number = this.gateway.postJson("/api/custom", "{\"name\": 5}");
		assertThat(number.statusCode()).isEqualTo(400);
		assertThat(ApiClient.json(number).get("detail").asString()).contains("'name'");
		HttpResponse<String> unknown = this.gateway.postJson("/api/custom", "{\"name\": \"x\", \"colour\": \"blue\"}");
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(ApiClient.json(unknown).get("detail").asString()).contains("'colour'");
		assertThat(this.gateway.postJson("/api/custom", "{\"name\": \"   \"}").statusCode()).isEqualTo(400);
		assertThat(modelService.getAllServeEvents()).isEmpty();
	}

	@Test
	void neverPassesOtherMethodsOrBodiesOnTheMigratedPathsToTheMonolith() {
		Object monolithsLastRequest = legacy.lastRequest();
		HttpResponse<String> delete = this.gateway.send("DELETE", "/api/custom/1", null, null, (String) null);
		assertThat(delete.statusCode()).isEqualTo(405);
		assertThat(delete.headers().firstValue("Allow")).hasValue("GET");
		HttpResponse<String> form = this.gateway.send("POST", "/api/custom", "application/x-www-form-urlencoded", null,
				"name=x");
		assertThat(form.statusCode()).isEqualTo(415);
		assertThat(form.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(legacy.lastRequest()).isSameAs(monolithsLastRequest);
	}

	@Test
	void answersARequestTomcatCannotReadAsAProblemToo() {
		// The JDK's client refuses to send such a path, so the request is written by hand.
		RawExchange.Answer answer = RawExchange.send(port(), "GET /api/custom/%zz HTTP/1.1\r\nHost: localhost");
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
		assertThat(answer.json().get("service").asString()).isEqualTo("gateway-legacy-adapter");
	}

	private static ResponseDefinitionBuilder page(String items, int page,
			int totalPages) {
		return aResponse().withHeader("Content-Type", "application/json")
			.withBody("{\"items\":" + items + ",\"page\":" + page + ",\"size\":100,\"totalElements\":3,\"totalPages\":"
					+ totalPages + "}");
	}

	private static String model(long id, String name) {
		return "{\"id\":" + id + ",\"name\":\"" + name + "\",\"type\":\"USER\",\"createdAt\":\"2026-11-26T08:00:00Z\","
				+ "\"updatedAt\":\"2026-11-26T08:00:00Z\",\"url\":\"/api/v1/models/" + id + "\"}";
	}

}

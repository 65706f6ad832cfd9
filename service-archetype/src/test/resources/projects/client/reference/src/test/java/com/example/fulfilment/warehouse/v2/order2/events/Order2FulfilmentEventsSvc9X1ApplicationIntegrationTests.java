package com.example.fulfilment.warehouse.v2.order2.events;

import java.net.http.HttpResponse;

import io.carve.test.ApiClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * order2-fulfilment-events-svc9-x1 as a whole, whatever its features: it starts on its database, and the platform's
 * conventions are in place.
 */
class Order2FulfilmentEventsSvc9X1ApplicationIntegrationTests extends ServiceIntegrationTest {

	@Test
	void isHealthyOnItsDatabase() {
		HttpResponse<String> health = this.api.get("/actuator/health", "application/json");

		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(ApiClient.json(health).get("status").asString()).isEqualTo("UP");
		assertThat(ApiClient.json(health).get("components").get("db").get("status").asString()).isEqualTo("UP");
	}

	@Test
	void answersAnUnknownPathWithAProblemNamingTheService() {
		HttpResponse<String> response = this.api.get("/api/v1/nothing-here", "application/json");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(ApiClient.json(response).get("service").asString()).isEqualTo("order2-fulfilment-events-svc9-x1");
		assertThat(ApiClient.json(response).get("traceId").asString()).matches("[0-9a-f]{32}");
	}

	@Test
	void describesItsApi() {
		HttpResponse<String> description = this.api.get("/v3/api-docs", "application/json");

		assertThat(description.statusCode()).isEqualTo(200);
		assertThat(ApiClient.json(description).get("info").get("title").asString()).isEqualTo("order2-fulfilment-events-svc9-x1");
	}

}

package io.carve.gateway.system;

import java.net.http.HttpResponse;

import io.carve.gateway.GatewayIntegrationTest;
import io.carve.test.ApiClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What operators find on the gateway itself, never passed to the monolith. */
class OperationsIntegrationTests extends GatewayIntegrationTest {

	@Test
	void reportsHealthWithoutDependingOnModelService() {
		routeModelServiceTo("http://127.0.0.1:" + DEAD_PORT);
		HttpResponse<String> health = this.gateway.get("/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(ApiClient.json(health).get("status").asString()).isEqualTo("UP");
	}

	@Test
	void exposesTheResilienceMetricsOfEachClient() {
		this.gateway.get("/api/custom/1");
		assertThat(management().get("/actuator/prometheus").body())
			.contains("resilience4j_circuitbreaker_state{")
			.contains("resilience4j_bulkhead_available_concurrent_calls{")
			.contains("resilience4j_retry_calls_total{");
	}

	@Test
	void answersTheErrorPathAskedForDirectlyWith404() {
		assertThat(this.gateway.get("/error").statusCode()).isEqualTo(404);
	}

	@Test
	void namesEachRequestsTraceInItsAnswer() {
		assertThat(this.gateway.get("/actuator/health").headers().firstValue("X-Trace-Id")).hasValueSatisfying(
				(traceId) -> assertThat(traceId).matches("[0-9a-f]{32}"));
	}

}

package io.carve.gateway.system;

import java.net.http.HttpResponse;

import io.carve.gateway.GatewayIntegrationTest;
import io.carve.test.ApiClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** What operators and API readers find on the gateway itself, never passed to the monolith. */
class OperationsIntegrationTests extends GatewayIntegrationTest {

	@Test
	void describesTheMigratedRoutesOnlyInItsApiDescription() {
		JsonNode api = ApiClient.json(this.gateway.get("/v3/api-docs"));
		assertThat(api.get("info").get("title").asString()).isEqualTo("gateway-legacy-adapter");
		JsonNode custom = api.get("paths").get("/api/custom");
		assertThat(custom.propertyNames()).containsExactlyInAnyOrder("get", "post");
		assertThat(api.get("paths").propertyNames()).doesNotContain("/**");
	}

	@Test
	void describesTheItemsAnswersInJsonAndTheMonolithsXmlAndCreationAs201() {
		JsonNode paths = ApiClient.json(this.gateway.get("/v3/api-docs")).get("paths");
		JsonNode list = paths.get("/api/custom").get("get").get("responses").get("200").get("content");
		JsonNode item = paths.get("/api/custom/{id}").get("get").get("responses").get("200").get("content");
		JsonNode create = paths.get("/api/custom").get("post").get("responses");
		assertThat(create.propertyNames()).contains("201").doesNotContain("200");
		assertThat(create.get("201").get("headers").propertyNames()).containsExactly("Location");
		for (JsonNode content : new JsonNode[] { list, item, create.get("201").get("content") }) {
			assertThat(content.propertyNames()).containsExactly("application/json", "application/xml");
			assertThat(content.get("application/xml").get("examples").values())
				.singleElement()
				.satisfies((example) -> assertThat(example.get("value").asString()).startsWith("<?xml"));
		}
		assertThat(list.get("application/json").get("schema").get("items").get("$ref").asString())
			.isEqualTo("#/components/schemas/CustomItem");
		assertThat(item.get("application/json").get("schema").get("$ref").asString())
			.isEqualTo("#/components/schemas/CustomItem");
	}

	@Test
	void summarisesEveryOperationInItsApiDescription() {
		JsonNode paths = ApiClient.json(this.gateway.get("/v3/api-docs")).get("paths");
		int operations = 0;
		for (String path : paths.propertyNames()) {
			for (String method : paths.get(path).propertyNames()) {
				JsonNode summary = paths.get(path).get(method).get("summary");
				assertThat(summary).as("%s %s", method, path).isNotNull();
				assertThat(summary.asString()).as("%s %s", method, path).isNotBlank();
				operations++;
			}
		}
		assertThat(operations).isEqualTo(3);
	}

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
		assertThat(this.gateway.get("/actuator/prometheus").body())
			.contains("resilience4j_circuitbreaker_state{")
			.contains("resilience4j_bulkhead_available_concurrent_calls{")
			.contains("resilience4j_retry_calls_total{");
	}

	@Test
	void answersAWildcardContentTypeWith415EvenWhereSpringChecksItLate() {
		HttpResponse<String> response = this.gateway.send("GET", "/actuator/health", "*/*", null, "{}");
		assertThat(response.statusCode()).isEqualTo(415);
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

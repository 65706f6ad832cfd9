package io.carve.gateway.system;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.carve.contracts.model.ModelServiceClient;
import io.carve.gateway.GatewayIntegrationTest;
import io.carve.test.ApiClient;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.retry.RetryRegistry;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What callers of the migrated routes see when model-service fails in each way it can: its
 * problems passed on with their chain, retries only where safe, timeouts that agree across
 * layers, a circuit breaker and a bulkhead that answer at once.
 */
class ModelServiceFailuresIntegrationTests extends GatewayIntegrationTest {

	@Autowired
	private RetryRegistry retries;

	private static final String MODEL_7 = "{\"id\":7,\"name\":\"seven\",\"type\":\"USER\",\"createdAt\":\"2026-11-26T08:00:00Z\","
			+ "\"updatedAt\":\"2026-11-26T08:00:00Z\",\"url\":\"/api/v1/models/7\"}";

	private static final String NOT_FOUND_PROBLEM = "{\"title\":\"Model not found\",\"status\":404,"
			+ "\"detail\":\"There is no model with id 7.\",\"instance\":\"/api/v1/models/7\","
			+ "\"service\":\"model-service\",\"traceId\":\"0af7651916cd43dd8448eb211c80319c\"}";

	@Test
	void passesOnAProblemWithTheChainThatExplainsIt() {
		modelService.stubFor(get("/api/v1/models/7").willReturn(
				aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json").withBody(NOT_FOUND_PROBLEM)));
		HttpResponse<String> response = this.gateway.get("/api/custom/7");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = ApiClient.json(response);
		assertThat(problem.get("title").asString()).isEqualTo("Model not found");
		assertThat(problem.get("service").asString()).isEqualTo("gateway-legacy-adapter");
		assertThat(problem.get("detail").asString()).contains("model-service answered GET /api/v1/models/7 with 404")
			.contains("There is no model with id 7.");
		JsonNode upstream = problem.get("upstream");
		assertThat(upstream.get("service").asString()).isEqualTo("model-service");
		assertThat(upstream.get("status").asInt()).isEqualTo(404);
		assertThat(upstream.get("detail").asString()).isEqualTo("There is no model with id 7.");
		assertThat(upstream.get("traceId").asString()).isEqualTo("0af7651916cd43dd8448eb211c80319c");
	}

	@Test
	void answersAProblemOfModelServiceAsBadGatewayInXmlWhenAskedForXml() {
		modelService.stubFor(get("/api/v1/models/7").willReturn(aResponse().withStatus(500)
			.withHeader("Content-Type", "application/problem+json")
			.withBody("{\"title\":\"Internal Server Error\",\"status\":500,\"detail\":\"It broke.\"}")));
		HttpResponse<String> response = this.gateway.get("/api/custom/7", "application/xml");
		assertThat(response.statusCode()).isEqualTo(502);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+xml");
		assertThat(response.body()).contains("<status>502</status>").contains("It broke.");
	}

	@Test
	void retriesAReadOnceModelServiceIsBackAfterA503() {
		modelService.stubFor(get("/api/v1/models/7").inScenario("flaky")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503))
			.willSetStateTo("recovered"));
		modelService.stubFor(get("/api/v1/models/7").inScenario("flaky")
			.whenScenarioStateIs("recovered")
			.willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(MODEL_7)));
		HttpResponse<String> response = this.gateway.get("/api/custom/7");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"id\":7,\"name\":\"seven\",\"url\":\"/api/custom/7\"}");
		modelService.verify(2, getRequestedFor(urlPathEqualTo("/api/v1/models/7")));
	}

	@Test
	void backsOffExponentiallyWithJitterBetweenAttempts() {
		IntervalBiFunction<Object> interval = this.retries.retry(ModelServiceClient.SERVICE)
			.getRetryConfig()
			.getIntervalBiFunction();
		List<Long> first = new ArrayList<>();
		List<Long> second = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			first.add(interval.apply(1, null));
			second.add(interval.apply(2, null));
		}
		// 100 ms, then 200 ms, each within +-50 %, and not the same every time.
		assertThat(first).allSatisfy((millis) -> assertThat(millis).isBetween(50L, 150L));
		assertThat(second).allSatisfy((millis) -> assertThat(millis).isBetween(100L, 300L));
		assertThat(first.stream().distinct().count()).isGreaterThan(10);
		assertThat(second.stream().mapToLong(Long::longValue).average().orElseThrow())
			.isGreaterThan(first.stream().mapToLong(Long::longValue).average().orElseThrow() * 1.5);
	}

	@Test
	void neverRetriesACreateThatMayHaveArrived() {
		modelService.stubFor(post("/api/v1/models").willReturn(aResponse().withStatus(503)));
		HttpResponse<String> response = this.gateway.postJson("/api/custom", "{\"name\":\"once\"}");
		assertThat(response.statusCode()).isEqualTo(502);
		modelService.verify(1, postRequestedFor(urlPathEqualTo("/api/v1/models")));
	}

	@Test
	void waitsForASlowAnswerWithinTheReadTimeout() {
		modelService.stubFor(get("/api/v1/models/7").willReturn(
				aResponse().withHeader("Content-Type", "application/json").withBody(MODEL_7).withFixedDelay(1500)));
		assertThat(this.gateway.get("/api/custom/7").statusCode()).isEqualTo(200);
	}

	@Test
	void answers504OnceTheReadTimeoutHasPassedAndDoesNotRetryIt() {
		modelService.stubFor(get("/api/v1/models/7").willReturn(
				aResponse().withHeader("Content-Type", "application/json").withBody(MODEL_7).withFixedDelay(4000)));
		long start = System.nanoTime();
		HttpResponse<String> response = this.gateway.get("/api/custom/7");
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		assertThat(response.statusCode()).isEqualTo(504);
		assertThat(took).isBetween(Duration.ofMillis(1900), Duration.ofMillis(3500));
		modelService.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/models/7")));
	}

	@Test
	void answers502WhenModelServiceAnswersGarbage() {
		modelService.stubFor(get("/api/v1/models/7").willReturn(
				aResponse().withHeader("Content-Type", "application/json").withBody("{\"id\": [not json")));
		modelService.stubFor(get("/api/v1/models/8").willReturn(aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE)));
		assertThat(this.gateway.get("/api/custom/7").statusCode()).isEqualTo(502);
		HttpResponse<String> reset = this.gateway.get("/api/custom/8");
		assertThat(reset.statusCode()).isEqualTo(502);
		assertThat(ApiClient.json(reset).get("detail").asString()).contains("model-service");
	}

	@Test
	void opensTheCircuitAfterRepeatedFailuresThenAnswersAtOnceWithRetryAfter() {
		modelService.stubFor(get(urlPathMatching("/api/v1/models/.*")).willReturn(aResponse().withStatus(500)));
		for (int i = 0; i < 10; i++) {
			assertThat(this.gateway.get("/api/custom/7").statusCode()).isEqualTo(502);
		}
		int callsBefore = modelService.getAllServeEvents().size();
		long start = System.nanoTime();
		HttpResponse<String> response = this.gateway.get("/api/custom/7");
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
		assertThat(ApiClient.json(response).get("detail").asString()).contains("circuit breaker is open");
		assertThat(took).isLessThan(Duration.ofMillis(500));
		assertThat(modelService.getAllServeEvents()).hasSize(callsBefore);
		assertThat(management().get("/actuator/prometheus").body())
			.containsPattern("resilience4j_circuitbreaker_state\\{[^}]*name=\"model-service\"[^}]*state=\"open\"[^}]*} 1\\.0");
	}

	@Test
	void shedsCallsBeyondTheBulkheadWith503() throws Exception {
		modelService.stubFor(get("/api/v1/models/7").willReturn(
				aResponse().withHeader("Content-Type", "application/json").withBody(MODEL_7).withFixedDelay(1000)));
		List<Integer> statuses = concurrently(12, () -> this.gateway.get("/api/custom/7").statusCode());
		assertThat(statuses).containsOnly(200, 503);
		assertThat(statuses).filteredOn((status) -> status == 200).hasSize(BULKHEAD);
	}

	@Test
	void skipsADeadInstanceForReadsAndWrites() {
		routeModelServiceTo("http://127.0.0.1:" + DEAD_PORT, modelService.baseUrl());
		modelService.stubFor(get("/api/v1/models/7").willReturn(
				aResponse().withHeader("Content-Type", "application/json").withBody(MODEL_7)));
		modelService.stubFor(post("/api/v1/models").willReturn(
				aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(MODEL_7)));
		for (int i = 0; i < 6; i++) {
			assertThat(this.gateway.get("/api/custom/7").statusCode()).isEqualTo(200);
			assertThat(this.gateway.postJson("/api/custom", "{\"name\":\"seven\"}").statusCode()).isEqualTo(201);
		}
		modelService.verify(6, postRequestedFor(urlPathEqualTo("/api/v1/models")));
	}

	@Test
	void answersFastWhileModelServiceIsDownAndLegacyRoutesKeepWorking() {
		routeModelServiceTo("http://127.0.0.1:" + DEAD_PORT);
		long start = System.nanoTime();
		HttpResponse<String> response = this.gateway.get("/api/custom");
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(response.headers().firstValue("Retry-After")).isPresent();
		assertThat(took).isLessThan(Duration.ofSeconds(1));
		assertThat(this.gateway.get("/legacy/echo").statusCode()).isEqualTo(200);
	}

	private static <T> List<T> concurrently(int callers, Callable<T> call) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(callers);
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < callers; i++) {
				futures.add(pool.submit(call));
			}
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

}

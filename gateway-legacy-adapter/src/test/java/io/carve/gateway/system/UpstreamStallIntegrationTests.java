package io.carve.gateway.system;

import java.time.Duration;
import java.util.List;

import io.carve.gateway.ConcurrentLoad;
import io.carve.gateway.ConcurrentLoad.Answer;
import io.carve.gateway.GatewayIntegrationTest;
import io.carve.test.ApiClient;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * model-service slow or hanging while many callers use the gateway: the read timeout ends every
 * hanging call, the bulkhead refuses what does not fit at once, and the monolith's routes,
 * which do not go through model-service's client, keep their latency.
 */
class UpstreamStallIntegrationTests extends GatewayIntegrationTest {

	private static final String MODEL_7 = "{\"id\":7,\"name\":\"seven\",\"type\":\"USER\",\"createdAt\":\"2026-11-26T08:00:00Z\","
			+ "\"updatedAt\":\"2026-11-26T08:00:00Z\",\"url\":\"/api/v1/models/7\"}";

	/** What the legacy routes' p99 must stay under while model-service stalls: generous, for a busy CI machine. */
	private static final Duration LEGACY_P99_BOUND = Duration.ofSeconds(1);

	@Test
	void endsHangingCallsAtTheReadTimeoutAndShedsTheRestWhileLegacyRoutesKeepTheirLatency() {
		List<Answer> before = legacyLoad().await();
		modelService.stubFor(get(urlPathMatching("/api/v1/models.*")).willReturn(
				aResponse().withHeader("Content-Type", "application/json").withBody(MODEL_7).withFixedDelay(10_000)));
		ConcurrentLoad stalled = ConcurrentLoad.start(12, 120, Duration.ofMillis(20),
				(n) -> this.gateway.get("/api/custom/7"));
		List<Answer> legacyDuringStall = legacyLoad().await();
		List<Answer> custom = stalled.await();

		assertThat(custom).allMatch((answer) -> answer.isProblem(503, 504), "a 503 or 504 problem");
		List<Answer> timedOut = custom.stream().filter((answer) -> answer.status() == 504).toList();
		assertThat(timedOut).as("calls ended by the read timeout").isNotEmpty().allSatisfy((answer) -> assertThat(
				answer.took()).isBetween(Duration.ofMillis(1900), Duration.ofMillis(3500)));
		assertThat(custom).filteredOn((answer) -> answer.status() == 503)
			.as("calls shed at once, by the bulkhead or the open circuit")
			.isNotEmpty()
			.allSatisfy((answer) -> assertThat(answer.took()).isLessThan(Duration.ofMillis(500)));
		assertThat(custom).anySatisfy((answer) -> assertThat(ApiClient.json(answer.response()).get("detail").asString())
			.contains("too many calls to it are already in flight"));

		assertThat(legacyDuringStall).allSatisfy((answer) -> assertThat(answer.status()).isEqualTo(200));
		Duration p99Before = ConcurrentLoad.percentile(before, 99);
		Duration p99During = ConcurrentLoad.percentile(legacyDuringStall, 99);
		System.out.printf("Legacy p99 before the stall %d ms, during it %d ms; %d of %d calls timed out%n",
				p99Before.toMillis(), p99During.toMillis(), timedOut.size(), custom.size());
		assertThat(p99During).isLessThan(LEGACY_P99_BOUND);
	}

	@Test
	void answersSlowCallsWithinTheReadTimeoutAndShedsThoseBeyondTheBulkhead() {
		modelService.stubFor(get(urlPathMatching("/api/v1/models/7")).willReturn(
				aResponse().withHeader("Content-Type", "application/json").withBody(MODEL_7).withFixedDelay(1000)));
		List<Answer> answers = ConcurrentLoad.run(10, 100, (n) -> this.gateway.get("/api/custom/7"));
		assertThat(answers).allSatisfy((answer) -> {
			assertThat(answer.status()).isIn(200, 503);
			assertThat(answer.took()).isLessThan(Duration.ofMillis(1900));
		});
		assertThat(answers).filteredOn((answer) -> answer.status() == 503).allMatch((answer) -> answer.isProblem(503));
		assertThat(answers).extracting(Answer::status).contains(200, 503);
	}

	private ConcurrentLoad legacyLoad() {
		return ConcurrentLoad.start(4, 200, Duration.ofMillis(5), (n) -> this.gateway.get("/legacy/echo?n=" + n));
	}

}

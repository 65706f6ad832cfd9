package io.carve.gateway.routes;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import io.carve.gateway.GatewayIntegrationTest;
import io.carve.gateway.legacy.LegacyStandIn.Received;
import io.carve.starter.reload.ConfigurationReload;
import io.carve.test.ApiClient;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The custom route switched between its modes by rewriting its routes file and reloading, as
 * {@code systemctl reload} does (SIGHUP calls the same {@link ConfigurationReload}): each mode is
 * served by the side it names, with the gateway running throughout.
 */
class RouteModesIntegrationTests extends GatewayIntegrationTest {

	@Autowired
	private ConfigurationReload reload;

	@Autowired
	private RouteModes modes;

	@Autowired
	private MeterRegistry meters;

	private ApiClient monolith;

	private long item;

	@BeforeEach
	void anItemOnBothSides() throws IOException {
		this.monolith = new ApiClient("http://127.0.0.1:" + legacy.port());
		HttpResponse<String> created = this.monolith.postJson("/api/custom", "{\"name\": \"shared\"}");
		this.item = Long.parseLong(created.headers().firstValue("Location").orElseThrow().replaceAll("\\D", ""));
		modelService.stubFor(get(urlPathEqualTo("/api/v1/models/" + this.item)).willReturn(aResponse()
			.withHeader("Content-Type", "application/json")
			.withBody("{\"id\":" + this.item + ",\"name\":\"shared\",\"type\":\"USER\",\"createdAt\":\"2026-11-26T08:00:00Z\","
					+ "\"updatedAt\":\"2026-11-26T08:00:00Z\",\"url\":\"/api/v1/models/" + this.item + "\"}")));
	}

	@AfterEach
	void backToMigrated() throws IOException {
		switchTo("migrated");
	}

	@Test
	void aRouteSwitchedFromMigratedToLegacyIsServedByTheMonolithAgainAndBack() throws IOException {
		switchTo("migrated");
		assertThat(this.gateway.get("/api/custom/" + this.item).statusCode()).isEqualTo(200);
		modelService.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/models/" + this.item)));

		switchTo("legacy");
		int before = requestsToTheMonolith("GET", "/api/custom/" + this.item);
		HttpResponse<String> fromMonolith = this.gateway.get("/api/custom/" + this.item);
		assertThat(fromMonolith.statusCode()).isEqualTo(200);
		assertThat(fromMonolith.body()).contains("\"shared\"");
		assertThat(requestsToTheMonolith("GET", "/api/custom/" + this.item)).isEqualTo(before + 1);
		modelService.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/models/" + this.item)));

		switchTo("migrated");
		assertThat(this.gateway.get("/api/custom/" + this.item).statusCode()).isEqualTo(200);
		modelService.verify(2, getRequestedFor(urlPathEqualTo("/api/v1/models/" + this.item)));
	}

	@Test
	void inLegacyModeWritesGoToTheMonolithAndTheMonolithAuthenticates() throws IOException {
		switchTo("legacy");
		int before = requestsToTheMonolith("POST", "/api/custom");
		HttpResponse<String> created = new ApiClient("http://localhost:" + port()).postJson("/api/custom",
				"{\"name\": \"legacy write\"}");
		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(requestsToTheMonolith("POST", "/api/custom")).isEqualTo(before + 1);
		modelService.verify(0, postRequestedFor(anyUrl()));
	}

	@Test
	void inShadowModeTheClientGetsTheMonolithsAnswerAndTheReadIsComparedBeside() throws Exception {
		switchTo("shadow");
		double compared = comparisons();
		HttpResponse<String> direct = this.monolith.get("/api/custom/" + this.item, "application/xml");
		HttpResponse<String> shadowed = this.gateway.get("/api/custom/" + this.item, "application/xml");
		assertThat(shadowed.statusCode()).isEqualTo(200);
		assertThat(shadowed.body()).isEqualTo(direct.body());
		assertThat(shadowed.headers().firstValue("Content-Type")).isEqualTo(direct.headers().firstValue("Content-Type"));
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (comparisons() == compared && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		assertThat(comparisons()).isEqualTo(compared + 1);
		modelService.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/models/" + this.item)));
	}

	@Test
	void aSlowDownOrGarbledNewServiceLeavesTheClientsAnswersAndLatencyAsTheMonolithsAre() throws Exception {
		switchTo("shadow");
		double compared = comparisons();
		HttpResponse<String> direct = this.monolith.get("/api/custom/" + this.item);
		modelService.stubFor(get(urlPathEqualTo("/api/v1/models/" + this.item))
			.willReturn(aResponse().withFixedDelay(3000).withHeader("Content-Type", "application/json").withBody("{}")));
		assertShadowedAnswerIsTheMonolithsAndQuick(direct);
		modelService.stubFor(get(urlPathEqualTo("/api/v1/models/" + this.item))
			.willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{\"id\": [garbage")));
		assertShadowedAnswerIsTheMonolithsAndQuick(direct);
		routeModelServiceTo("http://127.0.0.1:" + DEAD_PORT);
		assertShadowedAnswerIsTheMonolithsAndQuick(direct);
		// Every comparison ends (failed, skipped or timed out) before the next test needs model-service's bulkhead.
		long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		while (comparisons() < compared + 15 && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		assertThat(comparisons()).isEqualTo(compared + 15);
		Thread.sleep(1500);
	}

	private void assertShadowedAnswerIsTheMonolithsAndQuick(HttpResponse<String> direct) {
		for (int call = 0; call < 5; call++) {
			long started = System.nanoTime();
			HttpResponse<String> shadowed = this.gateway.get("/api/custom/" + this.item);
			long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
			assertThat(shadowed.statusCode()).isEqualTo(200);
			assertThat(shadowed.body()).isEqualTo(direct.body());
			// Far below the slow stub's 3 s: the client never waits for the shadow call.
			assertThat(millis).isLessThan(1500);
		}
	}

	@Test
	void inShadowModeAWriteReachesTheMonolithExactlyOnceAndNeverTheNewService() throws Exception {
		switchTo("shadow");
		int before = requestsToTheMonolith("POST", "/api/custom");
		HttpResponse<String> created = this.gateway.postJson("/api/custom", "{\"name\": \"shadow write\"}");
		assertThat(created.statusCode()).isEqualTo(201);
		Thread.sleep(500);
		assertThat(requestsToTheMonolith("POST", "/api/custom")).isEqualTo(before + 1);
		modelService.verify(0, anyRequestedFor(urlPathMatching("/api/v1/models.*")));
	}

	@Test
	void theSamplingRateReloadsWithTheModes() throws Exception {
		Files.createDirectories(Path.of(ROUTES).getParent());
		Files.writeString(Path.of(ROUTES), "gateway:\n  routes:\n    custom:\n      mode: shadow\n  shadow:\n    sample-rate: 0\n");
		this.reload.reload("test");
		routeModelServiceTo(modelService.baseUrl());
		double skipped = comparisons("skipped");
		assertThat(this.gateway.get("/api/custom/" + this.item).statusCode()).isEqualTo(200);
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (comparisons("skipped") == skipped && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		assertThat(comparisons("skipped")).isEqualTo(skipped + 1);
		modelService.verify(0, getRequestedFor(urlPathEqualTo("/api/v1/models/" + this.item)));
	}

	@Test
	void aModeTheGatewayDoesNotKnowIsRefusedAtReloadAndTheModesStay() throws IOException {
		switchTo("legacy");
		Files.writeString(Path.of(ROUTES), "gateway:\n  routes:\n    custom:\n      mode: sideways\n");
		this.reload.reload("test");
		assertThat(this.modes.mode("custom")).isEqualTo(RouteMode.LEGACY);
		Files.writeString(Path.of(ROUTES), "gateway:\n  routes:\n    other:\n      mode: legacy\n");
		this.reload.reload("test");
		assertThat(this.modes.mode("custom")).isEqualTo(RouteMode.LEGACY);
	}

	@Test
	void requestsInFlightDuringReloadsAreAllAnswered() throws Exception {
		List<Integer> statuses = new CopyOnWriteArrayList<>();
		List<Throwable> failures = new CopyOnWriteArrayList<>();
		AtomicBoolean running = new AtomicBoolean(true);
		Runnable call = () -> {
			while (running.get()) {
				try {
					statuses.add(this.gateway.get("/api/custom/" + this.item).statusCode());
				}
				catch (RuntimeException ex) {
					failures.add(ex);
				}
			}
		};
		List<Thread> callers = List.of(new Thread(call), new Thread(call), new Thread(call));
		callers.forEach(Thread::start);
		for (int flip = 0; flip < 10; flip++) {
			switchTo((flip % 2 == 0) ? "legacy" : "migrated");
			Thread.sleep(50);
		}
		running.set(false);
		for (Thread caller : callers) {
			caller.join();
		}
		assertThat(failures).isEmpty();
		assertThat(statuses).isNotEmpty().containsOnly(200);
	}

	private void switchTo(String mode) throws IOException {
		Path routes = Path.of(ROUTES);
		Files.createDirectories(routes.getParent());
		Files.writeString(routes, "gateway:\n  routes:\n    custom:\n      mode: " + mode + "\n");
		this.reload.reload("test");
		assertThat(this.modes.mode("custom").name()).isEqualToIgnoringCase(mode);
		// A reload binds the discovery settings again, from the configuration: the tests' WireMock again.
		routeModelServiceTo(modelService.baseUrl());
	}

	private static int requestsToTheMonolith(String method, String uri) {
		int count = 0;
		for (Received received : legacy.received()) {
			if (received.method().equals(method) && received.uri().equals(uri)) {
				count++;
			}
		}
		return count;
	}

	private double comparisons() {
		return this.meters.find("gateway.shadow.comparisons").counters().stream().mapToDouble((c) -> c.count()).sum();
	}

	private double comparisons(String outcome) {
		return this.meters.find("gateway.shadow.comparisons").tag("outcome", outcome).counters().stream()
			.mapToDouble((c) -> c.count()).sum();
	}

}

package io.carve.gateway.system;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.carve.gateway.GatewayIntegrationTest;
import io.carve.gateway.legacy.LegacyStandIn;
import io.carve.test.ApiClient;
import io.carve.test.HostileClientReport;
import io.carve.test.RawExchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The front door as an attacker tries it, from outside over real HTTP: each test is one probe
 * that worked against the gateway before it was hardened, and asserts that it now fails.
 */
@ExtendWith(HostileClientReport.class)
class FrontDoorHostileClientIntegrationTests extends GatewayIntegrationTest {

	private static final String MODEL = "{\"id\":2,\"name\":\"two\",\"type\":\"USER\",\"createdAt\":\"2026-11-26T08:00:00Z\","
			+ "\"updatedAt\":\"2026-11-26T08:00:00Z\",\"url\":\"/api/v1/models/2\"}";

	@Test
	@Timeout(60)
	void slowUploadsOnManyConnectionsHoldNoThreadsThatHealthAndItemsNeed() throws Exception {
		modelService.stubFor(get("/api/v1/models/2").willReturn(json(MODEL)));
		List<Socket> slow = new ArrayList<>();
		try {
			// 210 connections, more than Tomcat's 200 threads: half post an item too large for
			// /api/custom, half a body the proxy would take; each sends a byte every 5 s.
			for (int i = 0; i < 210; i++) {
				String target = (i % 2 == 0) ? "/api/custom" : "/legacy/echo";
				int length = (i % 2 == 0) ? 100_000 : 60_000;
				Socket socket = new Socket("localhost", port());
				socket.getOutputStream().write(("POST " + target + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
						+ "application/json\r\nContent-Length: " + length + "\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
				slow.add(socket);
			}
			long end = System.nanoTime() + Duration.ofSeconds(15).toNanos();
			int rounds = 0;
			while (System.nanoTime() < end) {
				Thread.sleep(2500);
				trickle(slow);
				HttpResponse<String> health = timed(() -> this.gateway.get("/actuator/health"));
				HttpResponse<String> item = timed(() -> this.gateway.get("/api/custom/2"));
				assertThat(health.statusCode()).isEqualTo(200);
				assertThat(item.statusCode()).isEqualTo(200);
				rounds++;
			}
			assertThat(rounds).isGreaterThanOrEqualTo(4);
		}
		finally {
			for (Socket socket : slow) {
				socket.close();
			}
		}
	}

	@Test
	void refusesACustomItemBodyOfMoreThanAFewKilobytesWith413() {
		String name = "x".repeat(5000);
		HttpResponse<String> response = this.gateway.postJson("/api/custom", "{\"name\": \"" + name + "\"}");
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(modelService.getAllServeEvents()).isEmpty();
		HttpResponse<String> proxied = this.gateway.postJson("/legacy/echo", "{\"name\": \"" + "x".repeat(70_000) + "\"}");
		assertThat(proxied.statusCode()).as("a proxied body over the platform's 64 KB").isEqualTo(413);
		assertThat(legacy.received()).noneMatch((request) -> request.body().length > 64 * 1024);
	}

	@Test
	void refusesOtherSpellingsOfMigratedPathsBeforeRouting() {
		List<String> requests = List.of("PUT /x/../api/custom/1", "DELETE //api/custom/1", "PUT /api/custom/x/%2e%2e/1",
				"PUT /api/x/%2E%2E/custom/1", "DELETE /api/./custom/1", "PUT /api%2Fcustom/1", "PUT /api\\custom\\1",
				"PUT /api/custom;x=1/1", "DELETE /api/custom/1;jsessionid=a", "PUT /api/custom/1/", "POST /api/custom/");
		int before = legacy.received().size();
		for (String request : requests) {
			// Signed in, so what refuses it is the path's spelling, not the edge authentication.
			RawExchange.Answer answer = RawExchange.send(port(), request + " HTTP/1.1\r\nHost: localhost\r\n"
					+ "Authorization: Bearer " + LegacyStandIn.TOKEN + "\r\n"
					+ "Content-Type: application/json\r\nContent-Length: 2", "{}".getBytes(StandardCharsets.US_ASCII), 2, false);
			assertThat(answer.status()).as(request).isIn(400, 404);
			assertThat(answer.header("Content-Type")).as(request).startsWith("application/problem+json");
		}
		assertThat(legacy.received().subList(before, legacy.received().size())).as("what reached the monolith")
			.noneMatch((received) -> received.uri().contains("custom"));
	}

	@Test
	void dropsClientSentForwardingHeadersAndSetsItsOwn() {
		RawExchange.Answer answer = RawExchange.send(port(), "GET /legacy/echo HTTP/1.1\r\nHost: localhost:" + port()
				+ "\r\nX-Forwarded-For: 203.0.113.66\r\nX-Forwarded-Host: evil.example\r\nX-Forwarded-Proto: https\r\n"
				+ "X-Forwarded-Port: 443\r\nForwarded: for=203.0.113.66;host=evil.example\r\nX-Real-IP: 203.0.113.66");
		assertThat(answer.status()).isEqualTo(200);
		LegacyStandIn.Received received = legacy.lastRequest();
		assertThat(received.header("X-Forwarded-For")).isEqualTo("127.0.0.1");
		assertThat(received.header("X-Forwarded-Host")).isEqualTo("localhost:" + port());
		assertThat(received.header("X-Forwarded-Proto")).isEqualTo("http");
		assertThat(received.headers()).doesNotContainKeys("forwarded", "x-real-ip", "x-forwarded-port");
	}

	@Test
	void keepsItsOwnEndpointsFromTheMonolithAndServesOnlyHealthOnThePublicPort() {
		int before = legacy.received().size();
		for (String path : List.of("/actuator/prometheus", "/actuator/info", "/actuator/env", "/actuator/unknown",
				"/actuator", "/v3/api-docs", "/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/index.html",
				"/error/anything", "/actuator/health/components")) {
			HttpResponse<String> response = this.gateway.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(response.headers().firstValue("Content-Type")).as(path)
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		}
		assertThat(this.gateway.send("POST", "/actuator/shutdown", "application/json", null, "{}").statusCode())
			.isEqualTo(404);
		assertThat(legacy.received().subList(before, legacy.received().size())).as("what reached the monolith").isEmpty();
		HttpResponse<String> health = this.gateway.get("/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(ApiClient.json(health).propertyNames()).containsExactly("status");
		assertThat(this.gateway.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
		assertThat(management().get("/actuator/prometheus").statusCode()).as("metrics on the management port").isEqualTo(200);
	}

	@Test
	void answersAnEndlessItemListWithAProblemInsteadOfWalkingIt() {
		// Every page says another follows: a table of any size.
		modelService.stubFor(get(urlPathEqualTo("/api/v1/models")).willReturn(json("{\"items\":[" + MODEL
				+ "],\"page\":0,\"size\":100,\"totalElements\":100000000,\"totalPages\":1000000}")));
		long start = System.nanoTime();
		HttpResponse<String> response = this.gateway.get("/api/custom");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
		assertThat(response.statusCode()).isIn(504, 507);
		assertThat(ApiClient.json(response).get("service").asString()).isEqualTo("gateway-legacy-adapter");
		assertThat(modelService.getAllServeEvents().size()).isLessThanOrEqualTo(1001);
	}

	@Test
	void namesAFailedDependencyByItsServiceNameNeverItsAddress() {
		routeModelServiceTo("http://127.0.0.1:" + DEAD_PORT);
		HttpResponse<String> response = this.gateway.get("/api/custom/1");
		assertThat(response.statusCode()).isEqualTo(503);
		JsonNode problem = ApiClient.json(response);
		assertThat(problem.get("detail").asString()).contains("model-service");
		assertThat(response.body()).doesNotContain("127.0.0.1").doesNotContain(":" + DEAD_PORT).doesNotContain("Connect to");
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void answersAMalformedQueryWithA400ProblemAndNoStackTrace(CapturedOutput output) {
		RawExchange.Answer answer = RawExchange.send(port(), "GET /x?a=%zz HTTP/1.1\r\nHost: localhost");
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
		assertThat(answer.json().get("detail").asString()).contains("percent-encoding");
		assertThat(output.getOut()).doesNotContain("Malformed escape pair").doesNotContain("\tat java.base/java.net.URI");
	}

	private static void trickle(List<Socket> sockets) {
		for (Socket socket : sockets) {
			try {
				OutputStream out = socket.getOutputStream();
				out.write(' ');
				out.flush();
			}
			catch (IOException ex) {
				// The gateway closed it: what it should do with a body it refused.
			}
		}
	}

	/**
	 * The answer, which must come while the slow connections are held: before, none came for as
	 * long as they were (over 10 s); the bound leaves room for a machine shared with other builds.
	 */
	private static HttpResponse<String> timed(java.util.function.Supplier<HttpResponse<String>> call) {
		long start = System.nanoTime();
		HttpResponse<String> response = call.get();
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
		return response;
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
		return aResponse().withHeader("Content-Type", "application/json").withBody(body);
	}

}

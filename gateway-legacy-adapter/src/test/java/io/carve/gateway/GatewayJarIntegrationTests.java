package io.carve.gateway;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import io.carve.gateway.legacy.LegacyStandIn;
import io.carve.test.ApiClient;
import io.carve.test.JarProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The platform as it runs: model-service's and the gateway's packaged jars as processes of
 * their own, model-service on its embedded PostgreSQL, a legacy stand-in, and a second
 * model-service instance listed that is dead. The steps build on each other, in order; the
 * gateway's commands run last, as processes of their own.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GatewayJarIntegrationTests {

	private static final Path WORK = Path.of("target", "jar-integration");

	private static JarPlatform platform;

	private static ApiClient gateway;

	@BeforeAll
	static void startThePlatform() throws IOException, InterruptedException {
		platform = JarPlatform.start(WORK, "http://127.0.0.1:9");
		gateway = new ApiClient(platform.gateway().baseUrl()).withHeaders("Authorization",
				"Bearer " + LegacyStandIn.TOKEN);
	}

	@AfterAll
	static void stopThePlatform() {
		if (platform != null) {
			platform.close();
		}
	}

	@Test
	@Order(1)
	void anOldXmlClientCannotTellTheMigratedRoutesFromTheMonolith() {
		ApiClient monolith = new ApiClient("http://127.0.0.1:" + platform.legacy().port());
		for (String name : new String[] { "first", "Tom & \"Jerry\" <'s>" }) {
			String body = "{\"name\": \"" + name.replace("\"", "\\\"") + "\"}";
			HttpResponse<String> migrated = gateway.send("POST", "/api/custom", "application/json", "application/xml", body);
			HttpResponse<String> old = monolith.send("POST", "/api/custom", "application/json", "application/xml", body);
			assertThat(migrated.statusCode()).isEqualTo(old.statusCode()).isEqualTo(201);
			assertThat(migrated.body()).isEqualTo(old.body());
		}
		for (String path : new String[] { "/api/custom", "/api/custom/1", "/api/custom/2" }) {
			HttpResponse<String> migrated = gateway.get(path, "application/xml");
			HttpResponse<String> old = monolith.get(path, "application/xml");
			assertThat(migrated.statusCode()).as(path).isEqualTo(old.statusCode()).isEqualTo(200);
			assertThat(migrated.headers().firstValue("Content-Type")).as(path)
				.isEqualTo(old.headers().firstValue("Content-Type"));
			assertThat(migrated.body()).as(path).isEqualTo(old.body());
		}
	}

	@Test
	@Order(2)
	void aJsonClientGetsTheSameDocumentsAsFromTheMonolith() {
		ApiClient monolith = new ApiClient("http://127.0.0.1:" + platform.legacy().port());
		for (String path : new String[] { "/api/custom", "/api/custom/2" }) {
			assertThat(ApiClient.json(gateway.get(path))).as(path).isEqualTo(ApiClient.json(monolith.get(path)));
		}
	}

	@Test
	@Order(3)
	void aProblemOfModelServiceArrivesWithItsChainAndTheCallersTrace() {
		String traceId = "5a1b2c3d4e5f60718293a4b5c6d7e8f9";
		HttpResponse<String> response = gateway.get("/api/custom/424242", null, "traceparent",
				"00-" + traceId + "-1111111111111111-01");
		assertThat(response.statusCode()).isEqualTo(404);
		JsonNode problem = ApiClient.json(response);
		assertThat(problem.get("traceId").asString()).isEqualTo(traceId);
		assertThat(problem.get("upstream").get("service").asString()).isEqualTo("model-service");
		assertThat(problem.get("upstream").get("traceId").asString()).isEqualTo(traceId);
		assertThat(platform.modelService().console()).containsPattern(traceId + ".*GET /api/v1/models/424242 answered 404");
		assertThat(platform.gateway().console()).containsPattern(traceId + ".*GET /api/custom/424242 answered 404");
	}

	@Test
	@Order(4)
	void withModelServiceStoppedCallersGetFast503sAndLegacyRoutesStillWork() throws InterruptedException {
		platform.modelService().stop();
		for (int i = 0; i < 15; i++) {
			long start = System.nanoTime();
			HttpResponse<String> response = gateway.get("/api/custom/1");
			Duration took = Duration.ofNanos(System.nanoTime() - start);
			assertThat(response.statusCode()).isEqualTo(503);
			assertThat(response.headers().firstValue("Retry-After")).isPresent();
			assertThat(took).isLessThan(Duration.ofSeconds(1));
		}
		assertThat(ApiClient.json(gateway.get("/api/custom/1")).get("detail").asString())
			.contains("circuit breaker is open");
		assertThat(gateway.get("/legacy/echo").statusCode()).isEqualTo(200);
	}

	@Test
	@Order(5)
	void healsByItselfOnceModelServiceIsBack() throws IOException, InterruptedException {
		platform.modelService().start();
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> gateway.get("/api/custom/1").statusCode() == 200);
		assertThat(ApiClient.json(gateway.get("/api/custom/1")).get("name").asString()).isEqualTo("first");
	}

	@Test
	@Order(6)
	void answers502NamingTheMonolithButNotItsAddressWhenItIsDown() {
		int legacyPort = platform.legacy().port();
		platform.legacy().close();
		HttpResponse<String> response = gateway.get("/legacy/echo");
		assertThat(response.statusCode()).isEqualTo(502);
		assertThat(ApiClient.json(response).get("detail").asString()).contains("The legacy monolith could not be reached")
			.doesNotContain(Integer.toString(legacyPort));
		assertThat(platform.gateway().console()).contains("127.0.0.1:" + legacyPort);
	}

	@Test
	@Order(7)
	void printsTheVersionItWasBuiltAs() throws Exception {
		JarProcess.Result version = gatewayCommand("--version");
		assertThat(version.exitCode()).as(version.output()).isZero();
		assertThat(version.output().trim()).isEqualTo("gateway-legacy-adapter " + System.getProperty("gateway.version"));
	}

	@Test
	@Order(8)
	void listsTheMigratedRoutesAndTheProxyForTheRest() throws Exception {
		JarProcess.Result routes = gatewayCommand("routes");
		assertThat(routes.exitCode()).as(routes.output()).isZero();
		assertThat(routes.output()).containsPattern("GET\\s+/api/custom\\s+CustomController#list")
			.containsPattern("POST\\s+/api/custom\\s+CustomController#create")
			.containsPattern("GET\\s+/api/custom/\\{id:\\\\d\\+}\\s+CustomController#get")
			.containsPattern("ANY\\s+/\\*\\*\\s+LegacyProxy#proxy");
	}

	private static JarProcess.Result gatewayCommand(String... args) throws Exception {
		Path directory = WORK.resolve("commands");
		return JarProcess.of("gateway.jar", directory)
			.withEnvironment(JarPlatform.GATEWAY_CONFIG, directory.resolve("absent.yml").toAbsolutePath().toString())
			.run("", args);
	}

}

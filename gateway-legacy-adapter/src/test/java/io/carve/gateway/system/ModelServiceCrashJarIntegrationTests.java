package io.carve.gateway.system;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.carve.gateway.ConcurrentLoad;
import io.carve.gateway.ConcurrentLoad.Answer;
import io.carve.gateway.JarPlatform;
import io.carve.gateway.legacy.LegacyStandIn;
import io.carve.test.ApiClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * model-service's packaged jar killed with SIGKILL while callers read through the gateway's
 * packaged jar, then started again: callers get only answers or fast 503 problems, the circuit
 * opens, and traffic heals by itself once model-service is back.
 */
class ModelServiceCrashJarIntegrationTests {

	private static final Path WORK = Path.of("target", "crash-integration");

	/**
	 * No caller may wait longer than this for any answer, while model-service is dying or dead:
	 * well above the half second two retries of a refused connection take, for a busy machine.
	 */
	private static final Duration BOUND = Duration.ofSeconds(5);

	private static JarPlatform platform;

	private static ApiClient gateway;

	private static String item;

	@BeforeAll
	static void startThePlatform() throws IOException, InterruptedException {
		platform = JarPlatform.start(WORK);
		gateway = new ApiClient(platform.gateway().baseUrl()).withHeaders("Authorization",
				"Bearer " + LegacyStandIn.TOKEN);
		item = "/api/custom/" + ApiClient.json(gateway.postJson("/api/custom", "{\"name\":\"survivor\"}")).get("id").asLong();
	}

	@AfterAll
	static void stopThePlatform() {
		if (platform != null) {
			platform.close();
		}
	}

	@Test
	void answersOnlyFast503ProblemsWhileModelServiceIsDeadAndHealsOnceItIsBack() throws Exception {
		ConcurrentLoad load = ConcurrentLoad.start(6, 900, Duration.ofMillis(15),
				(n) -> gateway.get((n % 2 == 0) ? item : "/api/custom"));
		await().atMost(Duration.ofSeconds(30)).until(() -> load.answered() >= 100);
		platform.modelService().kill();
		List<Answer> answers = load.await();

		assertThat(answers).allSatisfy((answer) -> {
			assertThat(answer.status() == 200 || answer.isProblem(503)).as("%s", answer).isTrue();
			assertThat(answer.took()).as("%s", answer).isLessThan(BOUND);
		});
		List<Answer> unavailable = answers.stream().filter((answer) -> answer.status() == 503).toList();
		assertThat(unavailable).as("answers while model-service was dead").hasSizeGreaterThan(100);
		assertThat(answers).as("answers before the kill").filteredOn((answer) -> answer.status() == 200).isNotEmpty();
		assertThat(unavailable).anySatisfy((answer) -> assertThat(ApiClient.json(answer.response()).get("detail")
			.asString()).contains("circuit breaker is open"));
		System.out.printf("Of %d reads, %d answered 503 while model-service was dead: p50 %d ms, p99 %d ms, max %d ms%n",
				answers.size(), unavailable.size(), ConcurrentLoad.percentile(unavailable, 50).toMillis(),
				ConcurrentLoad.percentile(unavailable, 99).toMillis(),
				ConcurrentLoad.percentile(unavailable, 100).toMillis());
		assertThat(gateway.get("/legacy/echo").statusCode()).isEqualTo(200);

		platform.modelService().start();
		// The half-open circuit lets 3 calls through; once they succeed it closes.
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> gateway.get(item).statusCode() == 200 && new ApiClient(platform.gatewayManagementUrl()).get("/actuator/prometheus")
				.body()
				.matches("(?s).*resilience4j_circuitbreaker_state\\{[^}]*state=\"closed\"[^}]*} 1\\.0.*"));
		assertThat(ConcurrentLoad.run(6, 300, (n) -> gateway.get((n % 2 == 0) ? item : "/api/custom")))
			.allSatisfy((answer) -> assertThat(answer.status()).as("%s", answer).isEqualTo(200));
	}

}

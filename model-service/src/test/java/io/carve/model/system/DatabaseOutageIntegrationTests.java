package io.carve.model.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.carve.test.ApiClient;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL stopped and started again while clients create models: the service answers 503
 * problems while its database is away, comes back by itself, and loses or doubles nothing it
 * confirmed (a Jepsen-style set check). Runs on a PostgreSQL of its own, not the shared one.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DatabaseOutageIntegrationTests {

	private static final Path DATA = Path.of("target", "database-outage", "postgres").toAbsolutePath();

	private static final int POSTGRES_PORT = freePort();

	/** No create may take longer than this, the database up, down or coming back. */
	private static final Duration BOUND = Duration.ofSeconds(10);

	private static EmbeddedPostgres postgres = startPostgres(true);

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void ownPostgres(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> "jdbc:postgresql://localhost:" + POSTGRES_PORT + "/postgres");
		registry.add("spring.datasource.username", () -> "postgres");
	}

	@AfterAll
	static void stopPostgres() throws IOException {
		postgres.close();
	}

	@Test
	void answers503WhileTheDatabaseIsDownRecoversByItselfAndKeepsEveryConfirmedCreateOnce() throws Exception {
		ApiClient api = new ApiClient("http://localhost:" + this.port);
		List<Create> creates = Collections.synchronizedList(new ArrayList<>());
		AtomicBoolean running = new AtomicBoolean(true);
		AtomicInteger names = new AtomicInteger();
		ExecutorService writers = Executors.newFixedThreadPool(6);
		List<Future<?>> load = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			load.add(writers.submit(() -> {
				while (running.get()) {
					creates.add(Create.send(api, "outage-" + names.incrementAndGet()));
					Thread.sleep(10);
				}
				return null;
			}));
		}
		Thread.sleep(1500);
		postgres.close();
		int createdBeforeOutage = confirmed(creates).size();
		Thread.sleep(4000);
		postgres = startPostgres(false);
		int answeredWhileDown = creates.size();
		Thread.sleep(4000);
		running.set(false);
		for (Future<?> writer : load) {
			writer.get(1, TimeUnit.MINUTES);
		}
		writers.shutdown();

		assertThat(creates).allSatisfy((create) -> {
			assertThat(create.status()).as("%s", create).isIn(201, 503);
			assertThat(create.took()).as("%s", create).isLessThan(BOUND);
		});
		List<Create> refused = creates.stream().filter((create) -> create.status() == 503).toList();
		assertThat(refused).as("creates refused while the database was down").isNotEmpty().allSatisfy((create) -> {
			assertThat(create.response().headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThat(create.response().headers().firstValue("Retry-After")).isPresent();
		});
		assertThat(creates.subList(answeredWhileDown, creates.size())).as("creates after the restart")
			.anySatisfy((create) -> assertThat(create.status()).isEqualTo(201));

		Map<String, Long> stored = storedModels(api);
		for (Create create : confirmed(creates)) {
			assertThat(stored).as("a confirmed create").containsEntry(create.name(), create.id());
		}
		System.out.printf("%d creates: %d confirmed (%d before the outage), %d refused with 503 (p99 %d ms);"
				+ " %d rows stored%n", creates.size(), confirmed(creates).size(), createdBeforeOutage, refused.size(),
				percentile99(refused).toMillis(), stored.size());
	}

	/** Every stored model of this test, by name; fails on a name stored twice. */
	private static Map<String, Long> storedModels(ApiClient api) {
		Map<String, Long> stored = new HashMap<>();
		for (int page = 0;; page++) {
			JsonNode content = ApiClient
				.json(api.get("/api/v1/models?name=outage-&size=100&sort=id&page=" + page, "application/json"))
				.get("items");
			if (content.isEmpty()) {
				return stored;
			}
			for (JsonNode model : content) {
				assertThat(stored.put(model.get("name").asString(), model.get("id").asLong()))
					.as("a second row named %s", model.get("name").asString())
					.isNull();
			}
		}
	}

	private static List<Create> confirmed(List<Create> creates) {
		synchronized (creates) {
			return creates.stream().filter((create) -> create.status() == 201).toList();
		}
	}

	private static Duration percentile99(List<Create> creates) {
		List<Duration> took = creates.stream().map(Create::took).sorted().toList();
		return took.isEmpty() ? Duration.ZERO : took.get((int) Math.ceil(took.size() * 0.99) - 1);
	}

	private static EmbeddedPostgres startPostgres(boolean fresh) {
		try {
			if (fresh) {
				FileSystemUtils.deleteRecursively(DATA);
			}
			return EmbeddedPostgres.builder()
				.setDataDirectory(DATA)
				.setCleanDataDirectory(false)
				.setPort(POSTGRES_PORT)
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("PostgreSQL did not start on " + DATA, ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** One create and its answer. */
	private record Create(String name, HttpResponse<String> response, Duration took) {

		static Create send(ApiClient api, String name) {
			long start = System.nanoTime();
			HttpResponse<String> response = api.postJson("/api/v1/models", "{\"name\":\"" + name + "\",\"type\":\"USER\"}");
			return new Create(name, response, Duration.ofNanos(System.nanoTime() - start));
		}

		int status() {
			return this.response.statusCode();
		}

		long id() {
			return ApiClient.json(this.response).get("id").asLong();
		}

		@Override
		public String toString() {
			return "POST " + this.name + " answered " + status() + " " + this.response.body() + " in "
					+ this.took.toMillis() + " ms";
		}

	}

}

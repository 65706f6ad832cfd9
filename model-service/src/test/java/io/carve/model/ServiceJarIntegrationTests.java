package io.carve.model;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.carve.test.ApiClient;
import io.carve.test.JarProcess;
import io.carve.test.SharedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar as an operator runs it: a process of its own, configured by files and
 * environment, stopped by signals. Run by failsafe once the jar is built.
 */
class ServiceJarIntegrationTests {

	/** Exit code of a JVM that ended on SIGTERM. */
	private static final int TERMINATED = 128 + 15;

	@TempDir
	Path directory;

	@Test
	void keepsItsDataAcrossRestartsAndKillsOnTheEmbeddedPostgres() throws Exception {
		Path data = this.directory.resolve("data/model-service/postgres");
		try (JarProcess service = jar()) {
			ApiClient api = new ApiClient(service.baseUrl());
			service.start();
			HttpResponse<String> created = api.postJson("/api/v1/models", "{\"name\":\"survivor\",\"type\":\"GROUP\"}");
			assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
			String model = "/api/v1/models/" + ApiClient.json(created).get("id").asLong();

			assertThat(service.stop()).isEqualTo(TERMINATED);
			assertThat(service.console()).contains("starting an embedded PostgreSQL with its data in " + data,
					"Graceful shutdown complete");
			assertThat(data.resolve("PG_VERSION")).exists();
			assertThat(data.resolve("postmaster.pid")).as("PostgreSQL stopped with the service").doesNotExist();

			service.start();
			assertThat(api.get(model, "application/xml").body()).contains("<name>survivor</name>", "<type>GROUP</type>");
			service.kill();
			assertThat(data.resolve("postmaster.pid")).as("a killed service leaves its PostgreSQL running").exists();

			service.start();
			assertThat(api.get(model, "application/xml").body()).contains("<name>survivor</name>");
			assertThat(service.console()).contains("was left running on " + data);
		}
	}

	@Test
	void layersTheOperatorFileOverTheDefaultsAndWritesJsonLinesToItsLogFile() throws Exception {
		Path logs = this.directory.resolve("logs");
		Path config = Files.writeString(this.directory.resolve("operator.yml"), """
				spring:
				  datasource:
				    url: %s
				    username: postgres
				logging:
				  file:
				    path: %s
				  structured:
				    format:
				      file: ecs
				carve:
				  paging:
				    max-page-size: 7
				""".formatted(SharedPostgres.freshDatabase(), logs));
		String traceId;
		try (JarProcess service = JarProcess.of("service.jar", this.directory)
			.withEnvironment("MODEL_SERVICE_CONFIG", config.toString())
			.start()) {
			HttpResponse<String> tooBig = new ApiClient(service.baseUrl()).get("/api/v1/models?size=8", "application/json");

			assertThat(tooBig.statusCode()).isEqualTo(400);
			assertThat(tooBig.body()).contains("must be between 1 and 7");
			traceId = tooBig.headers().firstValue("X-Trace-Id").orElseThrow();
			service.stop();
			assertThat(service.console()).doesNotContain("embedded PostgreSQL");
		}
		assertThat(this.directory.resolve("data")).as("no embedded database with a datasource URL set").doesNotExist();
		List<String> lines = Files.readAllLines(logs.resolve("model-service.log"));
		JsonMapper json = JsonMapper.builder().build();
		List<JsonNode> entries = lines.stream().filter((line) -> !line.isBlank()).map(json::readTree).toList();
		assertThat(entries).isNotEmpty()
			.anySatisfy((entry) -> assertThat(entry.toString()).contains(traceId, "answered 400"));
	}

	@Test
	void printsTheVersionItWasBuiltAs() throws Exception {
		JarProcess.Result version = jar().run("", "--version");

		assertThat(version.exitCode()).isZero();
		assertThat(version.output().trim()).isEqualTo("model-service " + System.getProperty("service.version"));
	}

	@Test
	void shellTakesCommandsPipedIntoTheJar() throws Exception {
		String url = SharedPostgres.freshDatabase();

		JarProcess.Result shell = jar().run("db migrate\ndb validate\n", "shell", "--spring.datasource.url=" + url);

		assertThat(shell.exitCode()).as(shell.output()).isZero();
		assertThat(shell.output()).contains("model-service> ", "Applied 3 migration(s); schema version is now 2.",
				"Schema is valid");
	}

	/** The jar in the test's directory, reading no operator file (not this machine's, if it has one). */
	private JarProcess jar() throws IOException {
		return JarProcess.of("service.jar", this.directory)
			.withEnvironment("MODEL_SERVICE_CONFIG", this.directory.resolve("absent.yml").toString());
	}

}

package io.carve.model.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.carve.model.ModelServiceApplication;
import io.carve.starter.cli.ServiceCommandLine;
import io.carve.test.SharedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The service command line, run in this JVM against databases on the shared PostgreSQL. */
class ServiceCommandLineIntegrationTests {

	/** The variable naming model-service's operator file. */
	private static final String CONFIG_VARIABLE = "MODEL_SERVICE_CONFIG";

	@TempDir
	Path directory;

	@Test
	void migratesAnEmptyDatabaseThenReportsItAppliedAndValid() throws SQLException {
		String url = SharedPostgres.freshDatabase();

		Run migrate = run("db", "migrate", "--spring.datasource.url=" + url);
		Run again = run("db", "migrate", "--spring.datasource.url=" + url);
		Run info = run("db", "info", "--spring.datasource.url=" + url);
		Run validate = run("db", "validate", "--spring.datasource.url=" + url);

		assertThat(migrate.exitCode()).as(migrate.err()).isZero();
		// V1 and V2, and service-starter's repeatable migration of its own tables.
		assertThat(migrate.out()).contains("Applied 3 migration(s); schema version is now 2.");
		assertThat(tables(url)).contains("my_model", "my_model_values");
		assertThat(again.out()).contains("Applied 0 migration(s); schema version is now 2.");
		assertThat(info.exitCode()).isZero();
		assertThat(info.out()).containsPattern("1\\s+create models and values\\s+Success")
			.containsPattern("R\\s+carve idempotency key\\s+Success");
		assertThat(validate.exitCode()).isZero();
		assertThat(validate.out()).contains("Schema is valid: 3 migration(s) applied, version 2.");
	}

	@Test
	void takesSpringOptionsBeforeTheCommandAsWell() throws SQLException {
		String url = SharedPostgres.freshDatabase();

		Run migrate = run("--spring.datasource.url=" + url, "db", "migrate");

		assertThat(migrate.exitCode()).as(migrate.err()).isZero();
		assertThat(tables(url)).contains("my_model");
	}

	@Test
	void infoOnAnEmptyDatabaseListsThePendingMigrationAndChangesNothing() throws SQLException {
		String url = SharedPostgres.freshDatabase();

		Run info = run("db", "info", "--spring.datasource.url=" + url);

		assertThat(info.exitCode()).as(info.err()).isZero();
		assertThat(info.out()).containsPattern("1\\s+create models and values\\s+Pending")
			.contains("Schema version: none (empty database)");
		assertThat(tables(url)).doesNotContain("my_model");
	}

	@Test
	void validateFailsSayingWhichAppliedMigrationWasChanged() throws SQLException {
		String url = SharedPostgres.freshDatabase();
		run("db", "migrate", "--spring.datasource.url=" + url);
		execute(url, "UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '1'");

		Run validate = run("db", "validate", "--spring.datasource.url=" + url);

		assertThat(validate.exitCode()).isEqualTo(1);
		assertThat(validate.err()).startsWith("model-service: ")
			.contains("Migration checksum mismatch for migration version 1")
			.doesNotContain("\tat ");
	}

	@Test
	void saysWhyWhenTheDatabaseCannotBeReached() {
		Run info = run("db", "info", "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/nothing");

		assertThat(info.exitCode()).isEqualTo(1);
		assertThat(info.err()).startsWith("model-service: ").contains("Connection to 127.0.0.1:1 refused")
			.doesNotContain("\tat ");
	}

	@Test
	void refusesToRunWithoutADatabaseWhenTheEmbeddedOneIsDisabled() {
		Run info = run("db", "info", "--carve.embedded-database.enabled=false");

		assertThat(info.exitCode()).isEqualTo(1);
		assertThat(info.err()).startsWith("model-service: No database is configured: set spring.datasource.url")
			.doesNotContain("\tat ");
		assertThat(this.directory.resolve("data")).doesNotExist();
	}

	@Test
	void readsTheDatabaseFromTheOperatorFile() throws Exception {
		String url = SharedPostgres.freshDatabase();
		Path config = Files.writeString(this.directory.resolve("application.yml"),
				"spring:\n  datasource:\n    url: " + url + "\n");

		Run migrate = run(Map.of(CONFIG_VARIABLE, config.toString()), "", "db", "migrate");

		assertThat(migrate.exitCode()).as(migrate.err()).isZero();
		assertThat(tables(url)).contains("my_model");
	}

	@Test
	void listsEveryApiRouteWithItsHandlerWithoutNeedingTheDatabase() {
		Path data = this.directory.resolve("data");
		Run routes = run("routes", "--carve.embedded-database.data-directory=" + data, "--server.port=1");

		assertThat(routes.exitCode()).as(routes.err()).isZero();
		assertThat(routes.out()).containsPattern("GET\\s+/api/v1/models\\s+ModelController#list")
			.containsPattern("POST\\s+/api/v1/models\\s+ModelController#create")
			.containsPattern("DELETE\\s+/api/v1/models/\\{modelId}/values/\\{valueId}\\s+ValueController#delete")
			.doesNotContain("/error");
		assertThat(data).as("no embedded database started").doesNotExist();
	}

	@Test
	void writesOrPrintsTheApiDescriptionWithoutNeedingTheDatabase() throws IOException {
		Path data = this.directory.resolve("data");
		Path file = this.directory.resolve("openapi.json");

		Run written = run("openapi", "--output", file.toString(), "--carve.embedded-database.data-directory=" + data);
		Run printed = run("openapi", "--carve.embedded-database.data-directory=" + data);

		assertThat(written.exitCode()).as(written.err()).isZero();
		assertThat(file).content()
			.contains("\"title\" : \"model-service\"", "\"/api/v1/models/{modelId}/values/{valueId}\"",
					"\"summary\" : \"Create a model\"", "\"412\"", "application/problem+xml", "\"url\" : \"/\"")
			.doesNotContain("127.0.0.1");
		assertThat(printed.exitCode()).as(printed.err()).isZero();
		assertThat(printed.out()).startsWith("{").contains("\"operationId\" : \"createModel\"");
		assertThat(data).as("no embedded database started").doesNotExist();
	}

	@Test
	void shellRunsPipedCommandsAndPassesItsOptionsOnToEach() throws SQLException {
		String url = SharedPostgres.freshDatabase();
		String input = "db migrate\n\nbogus\ndb info\nexit\ndb validate\n";

		Run shell = run(Map.of(), input, "shell", "--spring.datasource.url=" + url);

		assertThat(shell.exitCode()).isZero();
		assertThat(shell.out()).contains("model-service> ", "Applied 3 migration(s)")
			.containsPattern("1\\s+create models and values\\s+Success")
			.doesNotContain("Schema is valid");
		assertThat(shell.err()).contains("Unknown command or argument 'bogus'");
		assertThat(tables(url)).contains("my_model");
	}

	@Test
	void shellEndsAtTheEndOfInput() {
		Run shell = run(Map.of(), "help\n", "shell");

		assertThat(shell.exitCode()).isZero();
		assertThat(shell.out()).contains("Commands:", "runserver", "db", "routes").endsWith("model-service> \n");
	}

	@Test
	void refusesAMistypedCommandInsteadOfStartingTheServer() {
		Run typo = run("migrate");

		assertThat(typo.exitCode()).isEqualTo(2);
		assertThat(typo.err()).contains("Unknown command or argument 'migrate'", "model-service --help");
	}

	@Test
	void refusesAPortOutOfRange() {
		Run runserver = run("runserver", "--port", "70000");

		assertThat(runserver.exitCode()).isEqualTo(2);
		assertThat(runserver.err()).contains("--port must be between 0 and 65535");
	}

	@Test
	void printsUsageForHelp() {
		Run help = run("--help");

		assertThat(help.exitCode()).isZero();
		assertThat(help.out()).contains("Usage: model-service", "runserver", "db", "routes", "openapi", "shell");
	}

	private Run run(String... args) {
		return run(Map.of(), "", args);
	}

	/** Runs a command line whose operator file is absent unless the environment names one. */
	private Run run(Map<String, String> environment, String input, String... args) {
		Map<String, String> withConfig = new HashMap<>(environment);
		withConfig.putIfAbsent(CONFIG_VARIABLE, this.directory.resolve("absent.yml").toString());
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		ServiceCommandLine commandLine = ServiceCommandLine.on(ModelServiceApplication.class, withConfig,
				new BufferedReader(new StringReader(input)), new PrintWriter(out, true), new PrintWriter(err, true));
		int exitCode = commandLine.execute(args);
		assertThat(commandLine.isServing()).as("a command line test never leaves a server running").isFalse();
		return new Run(exitCode, out.toString(), err.toString());
	}

	private static List<String> tables(String url) throws SQLException {
		List<String> tables = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(url, "postgres", "");
				ResultSet rows = connection.getMetaData().getTables(null, "public", "%", new String[] { "TABLE" })) {
			while (rows.next()) {
				tables.add(rows.getString("TABLE_NAME"));
			}
		}
		return tables;
	}

	private static void execute(String url, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private record Run(int exitCode, String out, String err) {

	}

}

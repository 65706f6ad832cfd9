package io.carve.starter.cli;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

import io.carve.test.SharedPostgres;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service's own db subcommand ({@link TablesCommand}, listed in the test classpath's
 * {@code META-INF/spring.factories}), run through the command line on the shared PostgreSQL.
 */
class DatabaseCommandTests {

	private static final String SERVICE = "sample-service";

	@Test
	void runsOnTheServiceDatabaseMigratedFirstWithItsOwnOptions() {
		String url = SharedPostgres.freshDatabase();

		Run tables = run(Map.of(), "", "db", "tables", "--prefix=table: ", "--spring.datasource.url=" + url);

		assertThat(tables.exitCode()).as(tables.err()).isZero();
		// Flyway ran before the command: its history and the starter's own table are there.
		assertThat(tables.out()).contains("table: flyway_schema_history", "table: carve_idempotency_key");
	}

	@Test
	void takesSpringOptionsGivenBeforeTheCommandsAsWell() {
		String url = SharedPostgres.freshDatabase();

		Run tables = run(Map.of(), "", "--spring.datasource.url=" + url, "db", "tables");

		assertThat(tables.exitCode()).as(tables.err()).isZero();
		assertThat(tables.out()).contains("flyway_schema_history");
	}

	@Test
	void isListedInTheHelpOfDbAndOfTheShell() {
		Run help = run(Map.of(), "", "db", "--help");
		Run shell = run(Map.of(), "db --help\nexit\n", "shell");

		assertThat(help.exitCode()).isZero();
		assertThat(help.out()).containsPattern("tables\\s+Lists the service's tables.")
			.containsPattern("migrate\\s+Applies the migrations");
		assertThat(shell.out()).containsPattern("tables\\s+Lists the service's tables.");
	}

	@Test
	void failsWithCodeOneAndItsMessageRollingBackItsTransaction() {
		String url = SharedPostgres.freshDatabase();

		Run failed = run(Map.of("HINT", "from the environment"), "", "db", "tables", "--then-fail",
				"--spring.datasource.url=" + url);
		Run tables = run(Map.of(), "", "db", "tables", "--spring.datasource.url=" + url);

		assertThat(failed.exitCode()).isEqualTo(1);
		assertThat(failed.err()).startsWith(SERVICE + ": Failed on purpose; from the environment")
			.doesNotContain("\tat ");
		assertThat(tables.out()).contains("flyway_schema_history").doesNotContain("written_then_failed");
	}

	@Test
	void refusesItsOptionsBeforeTheDatabaseIsMigrated() throws SQLException {
		String url = SharedPostgres.freshDatabase();

		Run refused = run(Map.of(), "", "db", "tables", "--prefix= ", "--spring.datasource.url=" + url);

		assertThat(refused.exitCode()).isEqualTo(1);
		assertThat(refused.err()).isEqualTo(SERVICE + ": --prefix must not be blank" + System.lineSeparator());
		try (Connection connection = DriverManager.getConnection(url);
				ResultSet tables = connection.getMetaData().getTables(null, "public", "%", null)) {
			assertThat(tables.next()).as("no table created").isFalse();
		}
	}

	@Test
	void refusesAStrayWordInsteadOfRunning() {
		Run stray = run(Map.of(), "", "db", "tables", "tabels");

		assertThat(stray.exitCode()).isEqualTo(2);
		assertThat(stray.err()).contains("Unknown command or argument 'tabels'");
	}

	private static Run run(Map<String, String> environment, String input, String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		ServiceCommandLine commandLine = new ServiceCommandLine(TablesCommand.class, SERVICE,
				new ServiceLauncher(TablesCommand.class, SERVICE, environment), new BufferedReader(new StringReader(input)),
				new PrintWriter(out, true), new PrintWriter(err, true));
		int exitCode = commandLine.execute(args);
		return new Run(exitCode, out.toString(), err.toString());
	}

	private record Run(int exitCode, String out, String err) {
	}

}

package io.carve.model.legacy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.carve.model.ModelServiceApplication;
import io.carve.starter.cli.ServiceCommandLine;
import io.carve.test.SharedPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code db import-legacy} through the real command line, from a monolith database created from
 * {@code docs/legacy-monolith-schema.sql} into a fresh service database, both on the shared
 * PostgreSQL. No Spring test context: each run starts the command's own, as in production.
 */
class ImportLegacyIntegrationTests {

	private String monolith;

	private String service;

	@BeforeEach
	void databases() throws IOException, SQLException {
		this.monolith = SharedPostgres.freshDatabase();
		this.service = SharedPostgres.freshDatabase();
		// The pom names the file; from an IDE, the module's folder is the working directory.
		Path schema = Path.of(System.getProperty("legacy.schema", "../docs/legacy-monolith-schema.sql"));
		execute(this.monolith, Files.readString(schema));
	}

	@Test
	void importsEveryRowWithItsIdAndTheServiceTypeThenMovesTheSequencesPastThem() throws SQLException {
		monolithModels("(3, 'billing', 'group')", "(7, 'alice', 'user')");
		monolithValues("(10, 3, 'eu-west-1')", "(11, 7, 'admin')");

		Run run = importLegacy();

		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).containsPattern("my_model\\s+2\\s+0\\s+0\\s+0")
			.containsPattern("my_model_values\\s+2\\s+0\\s+0\\s+0")
			.contains("Next: every row is in the service.");
		assertThat(rows(this.service, "SELECT id, name, model_type, version FROM my_model ORDER BY id"))
			.containsExactly("3|billing|GROUP|0", "7|alice|USER|0");
		assertThat(rows(this.service, "SELECT id, model_id, value FROM my_model_values ORDER BY id"))
			.containsExactly("10|3|eu-west-1", "11|7|admin");
		assertThat(rows(this.service, "INSERT INTO my_model (name, model_type, created_at, updated_at)"
				+ " VALUES ('created-after', 'USER', now(), now()) RETURNING id")).containsExactly("8");
		assertThat(rows(this.service, "INSERT INTO my_model_values (model_id, value, created_at, updated_at)"
				+ " VALUES (3, 'later', now(), now()) RETURNING id")).containsExactly("12");
	}

	@Test
	void aSecondRunChangesNothingAndALaterOnePicksUpOnlyNewAndChangedRows() throws SQLException {
		monolithModels("(1, 'billing', 'group')", "(2, 'alice', 'user')");
		monolithValues("(10, 1, 'eu-west-1')");
		importLegacy();
		List<String> afterFirst = stamps();

		Run second = importLegacy();
		List<String> afterSecond = stamps();
		execute(this.monolith, "UPDATE my_model SET name = 'billing-eu' WHERE id = 1");
		monolithModels("(3, 'bob', 'user')");
		monolithValues("(11, 3, 'new')");
		Run third = importLegacy();

		assertThat(second.exitCode()).as(second.err()).isZero();
		assertThat(second.out()).containsPattern("my_model\\s+0\\s+0\\s+2\\s+0")
			.containsPattern("my_model_values\\s+0\\s+0\\s+1\\s+0");
		assertThat(afterSecond).isEqualTo(afterFirst);
		assertThat(third.exitCode()).as(third.err()).isZero();
		assertThat(third.out()).containsPattern("my_model\\s+1\\s+1\\s+1\\s+0")
			.containsPattern("my_model_values\\s+1\\s+0\\s+1\\s+0");
		assertThat(rows(this.service, "SELECT id, name, version FROM my_model ORDER BY id"))
			.containsExactly("1|billing-eu|1", "2|alice|0", "3|bob|0");
		assertThat(stamps()).contains(afterFirst.get(1), afterFirst.get(2));
	}

	@Test
	void followsNamesThatMovedBetweenModelsInTheMonolith() throws SQLException {
		monolithModels("(1, 'first', 'group')", "(2, 'second', 'user')", "(3, 'third', 'user')");
		importLegacy();
		execute(this.monolith, "UPDATE my_model SET name = CASE id WHEN 1 THEN 'second' WHEN 2 THEN 'first' END"
				+ " WHERE id IN (1, 2); UPDATE my_model SET name = 'fourth' WHERE id = 3");
		monolithModels("(4, 'third', 'group')");

		Run run = importLegacy();

		assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
		assertThat(rows(this.service, "SELECT id, name, version FROM my_model ORDER BY id"))
			.containsExactly("1|second|1", "2|first|1", "3|fourth|1", "4|third|0");
	}

	@Test
	void neverOverwritesARowCreatedInTheServiceItself() throws SQLException {
		assertThat(importLegacy().exitCode()).isZero();
		rows(this.service, "INSERT INTO my_model (name, model_type, created_at, updated_at)"
				+ " VALUES ('own', 'GROUP', now(), now()) RETURNING id");
		monolithModels("(1, 'legacy-one', 'user')", "(2, 'own', 'user')", "(3, 'fine', 'user')");
		monolithValues("(10, 1, 'of-one')");

		Run run = importLegacy();

		assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
		assertThat(run.out()).contains("my_model 1: the service's own model 1 has this id (it was created in the"
				+ " service, not imported) and is never overwritten", "my_model 2: name 'own' is already model 1's"
						+ " in the service", "my_model_values 10: its model 1 was refused")
			.containsPattern("my_model\\s+1\\s+0\\s+0\\s+2");
		assertThat(rows(this.service, "SELECT id, name, model_type FROM my_model ORDER BY id"))
			.containsExactly("1|own|GROUP", "3|fine|USER");
	}

	@Test
	void reportsEachRowItCannotStoreWithItsIdAndReasonAndImportsTheRest() throws SQLException {
		monolithModels("(1, 'kept', 'group')", "(2, NULL, 'user')", "(3, '   ', 'user')",
				"(4, repeat('n', 300), 'user')", "(5, 'admin-type', 'admin')", "(6, 'no-type', NULL)",
				"(7, 'shouting', 'USER')", "(8, 'kept', 'user')", "(9, 'bell' || chr(7), 'user')");
		monolithValues("(20, 1, 'fine')", "(21, 1, repeat('v', 1500))", "(22, 99, 'orphan')",
				"(23, 2, 'of-a-refused-model')", "(24, 1, NULL)", "(25, NULL, 'no-model')");

		Run run = importLegacy();

		assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
		assertThat(run.out()).containsPattern("my_model\\s+1\\s+0\\s+0\\s+8")
			.containsPattern("my_model_values\\s+1\\s+0\\s+0\\s+5")
			.contains("my_model 2: name is missing", "my_model 3: name is blank",
					"my_model 4: name has 300 characters, more than the 255 the service stores",
					"my_model 5: type 'admin' is unknown (the monolith stores 'group' or 'user')",
					"my_model 6: type is missing",
					"my_model 7: type 'USER' is unknown (the monolith stores 'group' or 'user')",
					"my_model 8: name 'kept' is also model 1's in the monolith",
					"my_model 9: name must not contain the control character U+0007 (character 5)",
					"my_model_values 21: value has 1,500 characters, more than the 1,024 the service stores",
					"my_model_values 22: its model 99 is not in the monolith",
					"my_model_values 23: its model 2 was refused", "my_model_values 24: value is missing",
					"my_model_values 25: it belongs to no model (model_value_id is missing)",
					"Next: fix the refused rows in the monolith");
		assertThat(rows(this.service, "SELECT id, name FROM my_model")).containsExactly("1|kept");
		assertThat(rows(this.service, "SELECT id, value FROM my_model_values")).containsExactly("20|fine");
	}

	@Test
	void aDryRunPrintsTheSameReportAndWritesNothing() throws SQLException {
		monolithModels("(1, 'billing', 'group')", "(2, NULL, 'user')");
		monolithValues("(10, 1, 'eu-west-1')");

		Run dry = importLegacy("--dry-run");

		assertThat(dry.exitCode()).as(dry.err()).isEqualTo(2);
		assertThat(dry.out()).contains("Dry run of the import from", "(nothing was written)",
				"my_model 2: name is missing", "Next: run the same command without --dry-run")
			.containsPattern("my_model\\s+1\\s+0\\s+0\\s+1")
			.containsPattern("my_model_values\\s+1\\s+0\\s+0\\s+0");
		assertThat(rows(this.service, "SELECT count(*) FROM my_model")).containsExactly("0");
		assertThat(rows(this.service, "SELECT count(*) FROM my_model_values")).containsExactly("0");
	}

	@Test
	void aFailureRollsBackTheWholeRunAndSaysWhatToDo() throws SQLException {
		assertThat(importLegacy().exitCode()).isZero();
		// Checked at commit, after every row and both identity moves: all of them must be undone.
		execute(this.service, """
				CREATE FUNCTION refuse_explode() RETURNS trigger LANGUAGE plpgsql AS $$
				BEGIN
					IF NEW.value = 'explode' THEN RAISE EXCEPTION 'the disk is full (a test says so)'; END IF;
					RETURN NEW;
				END $$;
				CREATE CONSTRAINT TRIGGER refuse_explode AFTER INSERT ON my_model_values
					DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION refuse_explode();
				""");
		monolithModels("(1, 'billing', 'group')", "(2, 'alice', 'user')");
		monolithValues("(10, 1, 'fine')", "(11, 2, 'explode')");

		Run run = importLegacy();

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.err()).startsWith("model-service: The import failed and was rolled back: nothing was written")
			.contains("run it again", "the disk is full (a test says so)")
			.doesNotContain("\tat ");
		assertThat(rows(this.service, "SELECT count(*) FROM my_model")).containsExactly("0");
		assertThat(rows(this.service, "SELECT count(*) FROM legacy_imported_model")).containsExactly("0");
		assertThat(rows(this.service, "INSERT INTO my_model (name, model_type, created_at, updated_at)"
				+ " VALUES ('first', 'USER', now(), now()) RETURNING id")).containsExactly("1");
		assertThat(rows(this.service, "INSERT INTO my_model_values (model_id, value, created_at, updated_at)"
				+ " VALUES (1, 'first', now(), now()) RETURNING id")).containsExactly("1");
	}

	@Test
	void refusesAnotherDatabaseThanPostgreSqlSayingWhy() throws SQLException {
		Run run = run(Map.of(), "db", "import-legacy", "--from=jdbc:mysql://legacy/app?password=secret",
				"--spring.datasource.url=" + this.service);

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.err()).contains("only the PostgreSQL driver ships with model-service", "jdbc:mysql://legacy/app")
			.doesNotContain("secret");
		assertThat(tables(this.service)).as("refused before the service's database was migrated").isEmpty();
	}

	@Test
	void takesThePasswordFromAFileOrTheEnvironmentAndSaysWhenItCannotRead() {
		Run missingFile = run(Map.of(), "db", "import-legacy", "--from=" + this.monolith,
				"--password-file=/nonexistent/password", "--spring.datasource.url=" + this.service);
		Run fromEnvironment = run(Map.of(ImportLegacyCommand.PASSWORD_VARIABLE, "unused-by-trust-auth"), "db",
				"import-legacy", "--from=" + this.monolith, "--user=postgres",
				"--spring.datasource.url=" + this.service);
		Run unreachable = run(Map.of(), "db", "import-legacy", "--from=jdbc:postgresql://127.0.0.1:1/app",
				"--spring.datasource.url=" + this.service);
		Run noSource = run(Map.of(), "db", "import-legacy", "--spring.datasource.url=" + this.service);

		assertThat(missingFile.exitCode()).isEqualTo(1);
		assertThat(missingFile.err()).contains("Could not read the password file /nonexistent/password");
		assertThat(fromEnvironment.exitCode()).as(fromEnvironment.err()).isZero();
		assertThat(unreachable.exitCode()).isEqualTo(1);
		assertThat(unreachable.err()).contains("Could not read the monolith's tables", "Nothing was written",
				"Connection refused");
		assertThat(noSource.exitCode()).isEqualTo(1);
		assertThat(noSource.err()).contains("Missing required option: '--from=JDBC-URL'");
	}

	@Test
	void isListedAmongTheDbCommands() {
		Run help = run(Map.of(), "db", "--help");

		assertThat(help.exitCode()).isZero();
		assertThat(help.out()).containsPattern("import-legacy\\s+Imports the monolith's my_model");
	}

	private Run importLegacy(String... options) {
		List<String> args = new ArrayList<>(List.of("db", "import-legacy", "--from=" + this.monolith, "--user=postgres",
				"--spring.datasource.url=" + this.service));
		args.addAll(List.of(options));
		return run(Map.of(), args.toArray(String[]::new));
	}

	/** Each service row's version and updated_at, which an unchanged row keeps. */
	private List<String> stamps() throws SQLException {
		List<String> stamps = new ArrayList<>(rows(this.service,
				"SELECT 'model ' || id || ' ' || version || ' ' || updated_at FROM my_model ORDER BY id"));
		stamps.addAll(rows(this.service,
				"SELECT 'value ' || id || ' ' || version || ' ' || updated_at FROM my_model_values ORDER BY id"));
		return stamps;
	}

	private void monolithModels(String... rows) throws SQLException {
		execute(this.monolith, "INSERT INTO my_model (id, name, model_type) VALUES " + String.join(", ", rows));
	}

	private void monolithValues(String... rows) throws SQLException {
		execute(this.monolith,
				"INSERT INTO my_model_values (id, model_value_id, value) VALUES " + String.join(", ", rows));
	}

	private static void execute(String url, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url)) {
			connection.createStatement().execute(sql);
		}
	}

	private static List<String> tables(String url) throws SQLException {
		return rows(url, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'");
	}

	private static List<String> rows(String url, String sql) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(url);
				PreparedStatement statement = connection.prepareStatement(sql);
				ResultSet result = statement.executeQuery()) {
			int columns = result.getMetaData().getColumnCount();
			while (result.next()) {
				List<String> row = new ArrayList<>();
				for (int column = 1; column <= columns; column++) {
					row.add(result.getString(column));
				}
				rows.add(String.join("|", row));
			}
		}
		return rows;
	}

	private static Run run(Map<String, String> environment, String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exitCode = ServiceCommandLine
			.on(ModelServiceApplication.class, environment, new BufferedReader(new StringReader("")),
					new PrintWriter(out, true), new PrintWriter(err, true))
			.execute(args);
		return new Run(exitCode, out.toString(), err.toString());
	}

	private record Run(int exitCode, String out, String err) {
	}

}

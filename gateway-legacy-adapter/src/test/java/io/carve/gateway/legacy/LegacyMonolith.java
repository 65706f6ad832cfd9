package io.carve.gateway.legacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import javax.sql.DataSource;

/**
 * The stand-in monolith on its own database: a real PostgreSQL with its data in a directory kept
 * across runs, holding the monolith's tables as {@code docs/legacy-monolith-schema.sql} has them
 * (created, with three items, ids 1 to 3, on the first start), and {@link LegacyStandIn} serving
 * their rows. It writes the connection a legacy import needs into the directory: {@code jdbc-url},
 * {@code user} (a role that may only read the monolith's tables) and {@code password} (readable by
 * its owner alone). {@code ./run-local} runs it on port 8000 with {@code data/legacy-monolith}.
 */
public final class LegacyMonolith implements AutoCloseable {

	/** The role an import reads the monolith's tables as. */
	public static final String READER = "legacy_reader";

	static final String DATABASE = "monolith";

	static final String SCHEMA = "docs/legacy-monolith-schema.sql";

	private final EmbeddedPostgres postgres;

	private final LegacyStandIn standIn;

	private LegacyMonolith(EmbeddedPostgres postgres, LegacyStandIn standIn) {
		this.postgres = postgres;
		this.standIn = standIn;
	}

	/** Starts the database with its data in the directory, then the stand-in on the port (0 for any). */
	public static LegacyMonolith start(Path directory, int port) throws IOException, SQLException {
		Files.createDirectories(directory);
		Path cluster = directory.resolve("postgres");
		boolean fresh = !Files.exists(cluster.resolve("postgresql.conf"));
		String superuserPassword = secret(directory.resolve("superuser-password"));
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(cluster)
			.setCleanDataDirectory(false)
			// Stopped by close(), after the stand-in: main's shutdown hook, or the test that started it.
			.setRegisterShutdownHook(false)
			.setServerConfig("fsync", "on")
			.setServerConfig("password_encryption", "scram-sha-256")
			.setConnectConfig("password", superuserPassword);
		if (fresh) {
			// initdb gives the superuser its password and trusts no one, so the cluster is never open.
			builder.setLocaleConfig("auth", "scram-sha-256")
				.setLocaleConfig("pwfile", directory.resolve("superuser-password").toString());
		}
		EmbeddedPostgres postgres = builder.start();
		try {
			DataSource monolith = prepare(postgres, secret(directory.resolve("password")));
			Files.writeString(directory.resolve("jdbc-url"), jdbcUrl(postgres) + "\n");
			Files.writeString(directory.resolve("user"), READER + "\n");
			return new LegacyMonolith(postgres, LegacyStandIn.start(port, monolith));
		}
		catch (IOException | SQLException | RuntimeException ex) {
			postgres.close();
			throw ex;
		}
	}

	public static void main(String[] args) throws IOException, SQLException {
		int port = (args.length > 0) ? Integer.parseInt(args[0]) : 8000;
		Path directory = Path.of((args.length > 1) ? args[1] : "data/legacy-monolith").toAbsolutePath();
		LegacyMonolith monolith = start(directory, port);
		Runtime.getRuntime().addShutdownHook(new Thread(monolith::close));
		System.out.println("Legacy monolith stand-in on http://localhost:" + monolith.standIn().port()
				+ ", its items in the tables my_model and my_model_values of " + monolith.jdbcUrl() + " (data in "
				+ directory + "; an import reads them as " + READER + " with the password in "
				+ directory.resolve("password") + "); its /auth/check accepts 'Authorization: Bearer "
				+ LegacyStandIn.TOKEN + "'");
	}

	public LegacyStandIn standIn() {
		return this.standIn;
	}

	/** Where an import reads the monolith's tables. */
	public String jdbcUrl() {
		return jdbcUrl(this.postgres);
	}

	/** The monolith's database, as its superuser. */
	public DataSource database() {
		return this.postgres.getDatabase("postgres", DATABASE);
	}

	@Override
	public void close() {
		this.standIn.close();
		try {
			this.postgres.close();
		}
		catch (IOException ex) {
			throw new IllegalStateException("The monolith's PostgreSQL did not stop", ex);
		}
	}

	/**
	 * Creates the monolith's tables from the schema, one statement at a time, unless they exist
	 * already; returns whether it created them.
	 */
	public static boolean createTables(DataSource database) throws IOException, SQLException {
		try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
			try (ResultSet exists = statement.executeQuery("SELECT to_regclass('my_model') IS NOT NULL")) {
				exists.next();
				if (exists.getBoolean(1)) {
					return false;
				}
			}
			String schema = Files.readString(schema(), StandardCharsets.UTF_8).replaceAll("(?m)--.*$", "");
			for (String sql : schema.split(";")) {
				if (!sql.isBlank()) {
					statement.execute(sql);
				}
			}
			return true;
		}
	}

	/** The database, its tables (seeded when new) and the reading role, whose password is the given one. */
	private static DataSource prepare(EmbeddedPostgres postgres, String readerPassword) throws IOException, SQLException {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			try (ResultSet exists = statement
				.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
				if (!exists.next()) {
					statement.execute("CREATE DATABASE " + DATABASE);
				}
			}
			try (ResultSet exists = statement.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + READER + "'")) {
				if (!exists.next()) {
					statement.execute("CREATE ROLE " + READER + " LOGIN");
				}
			}
			statement.execute("ALTER ROLE " + READER + " PASSWORD '" + readerPassword + "'");
		}
		DataSource monolith = postgres.getDatabase("postgres", DATABASE);
		if (createTables(monolith)) {
			seed(monolith);
		}
		try (Connection connection = monolith.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("GRANT SELECT ON my_model, my_model_values TO " + READER);
		}
		return monolith;
	}

	/** The three items a fresh monolith holds, two of them with values. */
	private static void seed(DataSource monolith) throws SQLException {
		try (Connection connection = monolith.getConnection();
				PreparedStatement model = connection
					.prepareStatement("INSERT INTO my_model (id, name, model_type) VALUES (?, ?, ?)");
				PreparedStatement value = connection
					.prepareStatement("INSERT INTO my_model_values (id, model_value_id, value) VALUES (?, ?, ?)")) {
			String[][] items = { { "first", "group" }, { "second", "user" }, { "third", "group" } };
			for (int i = 0; i < items.length; i++) {
				model.setInt(1, i + 1);
				model.setString(2, items[i][0]);
				model.setString(3, items[i][1]);
				model.executeUpdate();
			}
			for (int id = 1; id <= 2; id++) {
				value.setInt(1, id);
				value.setInt(2, id);
				value.setString(3, "value of item " + id);
				value.executeUpdate();
			}
		}
	}

	/** The schema file, the one copy, found from the repository's root or one of its modules. */
	static Path schema() {
		for (Path directory = Path.of("").toAbsolutePath(); directory != null; directory = directory.getParent()) {
			if (Files.exists(directory.resolve(SCHEMA))) {
				return directory.resolve(SCHEMA);
			}
		}
		throw new IllegalStateException("No " + SCHEMA + " in " + Path.of("").toAbsolutePath() + " or above it");
	}

	private static String jdbcUrl(EmbeddedPostgres postgres) {
		return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
	}

	/** The secret kept in the file, readable by its owner alone; made on first use. */
	private static String secret(Path file) throws IOException {
		if (!Files.exists(file)) {
			byte[] random = new byte[24];
			new SecureRandom().nextBytes(random);
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			Files.writeString(file, Base64.getUrlEncoder().withoutPadding().encodeToString(random) + "\n");
		}
		return Files.readString(file).strip();
	}

}

package io.carve.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One real PostgreSQL for the whole test JVM, started on first use and stopped when the JVM
 * exits. Tests that need an empty database ask for a fresh one instead of another server.
 */
public final class SharedPostgres {

	private static final AtomicInteger databases = new AtomicInteger();

	private static EmbeddedPostgres postgres;

	private SharedPostgres() {
	}

	/**
	 * Points {@code spring.datasource.*} at the shared database, for a test's
	 * {@code @DynamicPropertySource}; the server starts when Spring first asks for the URL.
	 */
	public static void register(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", SharedPostgres::jdbcUrl);
		registry.add("spring.datasource.username", () -> "postgres");
	}

	/** JDBC URL of the shared database, user {@code postgres} with no password. */
	public static String jdbcUrl() {
		return server().getJdbcUrl("postgres", "postgres");
	}

	/** Creates a new, empty database on the shared server and returns its JDBC URL. */
	public static String freshDatabase() {
		String name = "fresh_" + databases.incrementAndGet() + "_" + ProcessHandle.current().pid();
		try (Connection connection = server().getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create database " + name, ex);
		}
		return server().getJdbcUrl("postgres", name);
	}

	/** The shared server. */
	public static synchronized EmbeddedPostgres server() {
		if (postgres == null) {
			try {
				postgres = EmbeddedPostgres.builder().start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(SharedPostgres::stop));
		}
		return postgres;
	}

	private static synchronized void stop() {
		try {
			postgres.close();
		}
		catch (IOException ex) {
			// the JVM is exiting; the server's own shutdown follows the process
		}
	}

}

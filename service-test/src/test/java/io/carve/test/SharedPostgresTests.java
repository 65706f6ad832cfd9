package io.carve.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The JVM's one embedded PostgreSQL. */
class SharedPostgresTests {

	@Test
	void freshDatabasesAreEmptyAndApartFromEachOther() throws SQLException {
		String first = SharedPostgres.freshDatabase();
		String second = SharedPostgres.freshDatabase();
		execute(first, "CREATE TABLE only_here (id int)");

		assertThat(first).isNotEqualTo(second);
		assertThat(tableCount(first)).isEqualTo(1);
		assertThat(tableCount(second)).isZero();
		assertThat(second).contains("localhost:" + SharedPostgres.server().getPort() + "/");
	}

	@Test
	void registersTheSharedDatabaseAsSpringsDataSource() throws SQLException {
		Map<String, Supplier<Object>> properties = new HashMap<>();

		SharedPostgres.register(properties::put);

		assertThat(properties).containsOnlyKeys("spring.datasource.url", "spring.datasource.username");
		String url = (String) properties.get("spring.datasource.url").get();
		assertThat(url).isEqualTo(SharedPostgres.jdbcUrl());
		try (Connection connection = DriverManager.getConnection(url,
				(String) properties.get("spring.datasource.username").get(), "")) {
			assertThat(connection.isValid(5)).isTrue();
		}
	}

	private static void execute(String url, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static int tableCount(String url) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, "postgres", "");
				ResultSet tables = connection.getMetaData().getTables(null, "public", "%", new String[] { "TABLE" })) {
			int count = 0;
			while (tables.next()) {
				count++;
			}
			return count;
		}
	}

}

package io.carve.gateway.legacy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The stand-in monolith on its own PostgreSQL, as {@code ./run-local} runs it: its items are the
 * rows of the monolith's tables, which an import can read with the connection it writes down.
 */
class LegacyMonolithIntegrationTests {

	private static final HttpClient http = HttpClient.newHttpClient();

	@TempDir
	Path data;

	@Test
	void servesTheRowsOfItsTablesAsJsonAndXml() throws Exception {
		try (LegacyMonolith monolith = LegacyMonolith.start(this.data, 0)) {
			try (Connection connection = monolith.database().getConnection();
					Statement statement = connection.createStatement()) {
				statement.execute("INSERT INTO my_model (id, name, model_type) VALUES (7, NULL, 'group')");
			}
			assertThat(get(monolith, "/api/custom", "application/json").body())
				.isEqualTo("[{\"id\": 1, \"name\": \"first\", \"url\": \"/api/custom/1\"}, {\"id\": 2, \"name\": \"second\", \"url\":"
						+ " \"/api/custom/2\"}, {\"id\": 3, \"name\": \"third\", \"url\": \"/api/custom/3\"}, {\"id\": 7, \"name\":"
						+ " null, \"url\": \"/api/custom/7\"}]\n");
			assertThat(get(monolith, "/api/custom/7", "application/xml").body())
				.isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\" ?><root><id type=\"int\">7</id><name type=\"null\"></name>"
						+ "<url type=\"str\">/api/custom/7</url></root>");
		}
	}

	@Test
	void renamesAndCreatesRowsInItsTablesAndKeepsThemAcrossRestarts() throws Exception {
		try (LegacyMonolith monolith = LegacyMonolith.start(this.data, 0)) {
			HttpResponse<String> renamed = send(monolith, "PUT", "/api/custom/2", "{\"name\": \"renamed\"}");
			assertThat(renamed.statusCode()).isEqualTo(200);
			assertThat(renamed.body()).isEqualTo("{\"id\": 2, \"name\": \"renamed\", \"url\": \"/api/custom/2\"}\n");
			HttpResponse<String> created = send(monolith, "POST", "/api/custom", "{\"name\": \"fourth\"}");
			assertThat(created.statusCode()).isEqualTo(201);
			assertThat(created.headers().firstValue("Location")).hasValue("/api/custom/4");
		}
		try (LegacyMonolith monolith = LegacyMonolith.start(this.data, 0);
				Connection connection = monolith.database().getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT id, name, model_type FROM my_model ORDER BY id")) {
			StringBuilder table = new StringBuilder();
			while (rows.next()) {
				table.append(rows.getLong(1)).append(' ').append(rows.getString(2)).append(' ').append(rows.getString(3)).append('\n');
			}
			assertThat(table).hasToString("1 first group\n2 renamed user\n3 third group\n4 fourth group\n");
		}
	}

	@Test
	void writesDownAReadOnlyConnectionForTheImport() throws Exception {
		try (LegacyMonolith monolith = LegacyMonolith.start(this.data, 0)) {
			String url = Files.readString(this.data.resolve("jdbc-url")).strip();
			String user = Files.readString(this.data.resolve("user")).strip();
			String password = Files.readString(this.data.resolve("password")).strip();
			assertThat(url).isEqualTo(monolith.jdbcUrl());
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(this.data.resolve("password"))))
				.isEqualTo("rw-------");
			try (Connection connection = DriverManager.getConnection(url, user, password);
					Statement statement = connection.createStatement()) {
				try (ResultSet values = statement.executeQuery("SELECT count(*) FROM my_model_values")) {
					values.next();
					assertThat(values.getInt(1)).isEqualTo(2);
				}
				assertThatExceptionOfType(SQLException.class)
					.isThrownBy(() -> statement.execute("UPDATE my_model SET name = 'changed' WHERE id = 1"))
					.withMessageContaining("permission denied");
			}
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> DriverManager.getConnection(url, user, "wrong").close());
		}
	}

	private static HttpResponse<String> get(LegacyMonolith monolith, String path, String accept) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + monolith.standIn().port() + path))
			.header("Accept", accept)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> send(LegacyMonolith monolith, String method, String path, String json)
			throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + monolith.standIn().port() + path))
			.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}

package io.carve.model.system;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import io.carve.model.ServiceIntegrationTest;
import io.carve.test.ApiClient;
import io.carve.test.SharedPostgres;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class OperationsIntegrationTests extends ServiceIntegrationTest {

	@Test
	void reportsHealthIncludingTheDatabase() {
		HttpResponse<String> response = this.api.get("/actuator/health", "application/json");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode health = ApiClient.json(response);
		assertThat(health.get("status").asString()).isEqualTo("UP");
		assertThat(health.get("components").get("db").get("status").asString()).isEqualTo("UP");
	}

	@Test
	void exposesInfoAndPrometheusButNoOtherActuatorEndpoint() {
		this.api.get("/api/v1/models", "application/json");

		assertThat(this.api.get("/actuator/info", "application/json").statusCode()).isEqualTo(200);
		HttpResponse<String> metrics = this.api.get("/actuator/prometheus", "text/plain");
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("http_server_requests_seconds_count", "hikaricp_connections");
		for (String hidden : new String[] { "env", "beans", "configprops", "heapdump", "threaddump", "loggers",
				"mappings", "shutdown" }) {
			assertThat(this.api.get("/actuator/" + hidden, "application/json").statusCode()).as(hidden).isEqualTo(404);
		}
	}

	@Test
	void servesOpenApiDescriptionOfTheApiAsItAnswers() {
		HttpResponse<String> response = this.api.get("/v3/api-docs", "application/json");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode description = ApiClient.json(response);
		assertThat(description.get("info").get("title").asString()).isEqualTo("model-service");
		JsonNode paths = description.get("paths");
		assertThat(paths.has("/api/v1/models")).isTrue();
		assertThat(paths.has("/api/v1/models/{modelId}/values/{valueId}")).isTrue();
		assertThat(paths.has("/error")).isFalse();
		assertThat(paths.get("/api/v1/models").get("post").get("responses").has("201")).isTrue();
		assertThat(paths.get("/api/v1/models/{id}").get("delete").get("responses").has("204")).isTrue();
		assertThat(paths.get("/api/v1/models/{modelId}/values").get("post").get("responses").has("201")).isTrue();
	}

	@Test
	void keepsTheActuatorIndexHidden() {
		assertThat(this.api.get("/actuator", "application/json").statusCode()).isEqualTo(404);
	}

	@Test
	void reportsReadinessWithTheDatabase() {
		HttpResponse<String> response = this.api.get("/actuator/health/readiness", "application/json");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(ApiClient.json(response).get("components").has("db")).isTrue();
	}

	@Test
	void migratedTheSchemaWithFlywayAtStartup() throws Exception {
		try (Connection connection = DriverManager.getConnection(SharedPostgres.jdbcUrl(), "postgres", "");
				Statement statement = connection.createStatement();
				ResultSet rows = statement
					.executeQuery("SELECT version, success FROM flyway_schema_history WHERE version = '1'")) {
			assertThat(rows.next()).as("Flyway applied V1").isTrue();
			assertThat(rows.getBoolean("success")).isTrue();
		}
	}

}

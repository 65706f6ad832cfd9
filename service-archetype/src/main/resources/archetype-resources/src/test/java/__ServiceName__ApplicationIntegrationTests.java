package ${package};

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ${artifactId} as a whole, whatever its features: it starts on its database, and the platform's
 * conventions are in place.
 */
class ${ServiceName}ApplicationIntegrationTests extends ServiceIntegrationTest {

	@Test
	void isHealthyOnItsDatabase() {
		HttpResponse<String> health = get("/actuator/health", "application/json");

		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(json(health).get("status").asString()).isEqualTo("UP");
		assertThat(json(health).get("components").get("db").get("status").asString()).isEqualTo("UP");
	}

	@Test
	void answersAnUnknownPathWithAProblemNamingTheService() {
		HttpResponse<String> response = get("/api/v1/nothing-here", "application/json");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(json(response).get("service").asString()).isEqualTo("${artifactId}");
		assertThat(json(response).get("traceId").asString()).matches("[0-9a-f]{32}");
	}

	@Test
	void describesItsApi() {
		HttpResponse<String> description = get("/v3/api-docs", "application/json");

		assertThat(description.statusCode()).isEqualTo(200);
		assertThat(json(description).get("info").get("title").asString()).isEqualTo("${artifactId}");
	}

}

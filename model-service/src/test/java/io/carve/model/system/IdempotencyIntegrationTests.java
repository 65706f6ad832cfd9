package io.carve.model.system;

import java.net.http.HttpResponse;
import java.util.UUID;

import io.carve.model.ServiceIntegrationTest;
import io.carve.test.ApiClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The starter's Idempotency-Key handling on model-service's creates, over real HTTP on the real database. */
class IdempotencyIntegrationTests extends ServiceIntegrationTest {

	private static final String MODELS = "/api/v1/models";

	@Test
	void answersARepeatWhileTheFirstIsInFlightWith409() {
		String key = UUID.randomUUID().toString();
		StoredRows.update("INSERT INTO carve_idempotency_key (idempotency_key, fingerprint, expires_at)"
				+ " VALUES (?, ?, now() + interval '1 hour')", key, "0".repeat(64));
		HttpResponse<String> repeat = this.api.postJson(MODELS, "{\"name\":\"" + uniqueName("busy") + "\",\"type\":\"USER\"}",
				"Idempotency-Key", key);
		assertThat(repeat.statusCode()).isEqualTo(409);
		assertThat(repeat.headers().firstValue("Retry-After")).hasValue("1");
		assertThat(ApiClient.json(repeat).get("title").asString()).isEqualTo("Request in progress");
	}

	@Test
	void runsARepeatAnewOnceItsKeyHasExpired() {
		String key = UUID.randomUUID().toString();
		StoredRows.update("INSERT INTO carve_idempotency_key (idempotency_key, fingerprint, status, body, expires_at)"
				+ " VALUES (?, ?, 201, ?, now() - interval '1 second')", key, "0".repeat(64), "{\"id\":-1}".getBytes());
		String name = uniqueName("expired");
		HttpResponse<String> again = this.api.postJson(MODELS, "{\"name\":\"" + name + "\",\"type\":\"USER\"}",
				"Idempotency-Key", key);
		assertThat(again.statusCode()).isEqualTo(201);
		assertThat(ApiClient.json(again).get("name").asString()).isEqualTo(name);
	}

	@Test
	void refusesAKeyTooLongWith400() {
		HttpResponse<String> answer = this.api.postJson(MODELS, "{\"name\":\"" + uniqueName("long") + "\",\"type\":\"USER\"}",
				"Idempotency-Key", "k".repeat(256));
		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(ApiClient.json(answer).get("title").asString()).isEqualTo("Invalid Idempotency-Key");
	}

	@Test
	void replaysARefusalAsItWas() {
		String key = UUID.randomUUID().toString();
		String invalid = "{\"name\":\"\",\"type\":\"USER\"}";
		HttpResponse<String> first = this.api.postJson(MODELS, invalid, "Idempotency-Key", key);
		HttpResponse<String> repeat = this.api.postJson(MODELS, invalid, "Idempotency-Key", key);
		assertThat(first.statusCode()).isEqualTo(400);
		assertThat(repeat.statusCode()).isEqualTo(400);
		assertThat(repeat.body()).isEqualTo(first.body());
	}

	@Test
	void answersAnXmlCreateRepeatedInXml() {
		String key = UUID.randomUUID().toString();
		String body = "<model><name>" + uniqueName("xml-once") + "</name><type>USER</type></model>";
		HttpResponse<String> first = this.api.postXml(MODELS, body, "Idempotency-Key", key);
		HttpResponse<String> repeat = this.api.postXml(MODELS, body, "Idempotency-Key", key);
		assertThat(repeat.statusCode()).isEqualTo(201);
		assertThat(repeat.headers().firstValue("Content-Type")).isEqualTo(first.headers().firstValue("Content-Type"));
		assertThat(repeat.body()).isEqualTo(first.body()).startsWith("<model>");
	}

}

package io.carve.model.models;

import java.net.http.HttpResponse;

import io.carve.model.ApiClient;
import io.carve.model.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ModelApiIntegrationTests extends ServiceIntegrationTest {

	@Test
	void createsModelFromJsonWithLocationAndEtag() {
		String name = uniqueName("json");
		HttpResponse<String> response = this.api.postJson("/api/v1/models",
				"{\"name\":\"" + name + "\",\"type\":\"GROUP\"}");

		assertThat(response.statusCode()).isEqualTo(201);
		JsonNode body = ApiClient.json(response);
		long id = body.get("id").asLong();
		assertThat(response.headers().firstValue("Location")).hasValue("/api/v1/models/" + id);
		assertThat(response.headers().firstValue("ETag")).hasValue("\"0\"");
		assertThat(body.get("name").asString()).isEqualTo(name);
		assertThat(body.get("type").asString()).isEqualTo("GROUP");
		assertThat(body.get("url").asString()).isEqualTo("/api/v1/models/" + id);
		assertThat(body.get("createdAt").asString()).isNotBlank();

		HttpResponse<String> read = this.api.get("/api/v1/models/" + id, "application/json");
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(ApiClient.json(read).get("name").asString()).isEqualTo(name);
		assertThat(ApiClient.json(read).get("createdAt")).isEqualTo(body.get("createdAt"));
	}

	@Test
	void createsModelFromXmlAndAnswersXml() {
		String name = uniqueName("xml");
		HttpResponse<String> response = this.api.send("POST", "/api/v1/models", "application/xml", "application/xml",
				"<model><name>" + name + "</name><type>USER</type></model>");

		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("application/xml"));
		assertThat(response.body()).startsWith("<model>").contains("<name>" + name + "</name>", "<type>USER</type>");
	}

}

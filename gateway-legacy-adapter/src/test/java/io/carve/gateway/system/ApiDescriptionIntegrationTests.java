package io.carve.gateway.system;

import io.carve.gateway.GatewayIntegrationTest;
import io.carve.test.ApiClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's API description, as its {@code openapi} command writes it: served here for the
 * test only, since the gateway keeps it off its public port.
 */
@TestPropertySource(properties = "springdoc.api-docs.enabled=true")
class ApiDescriptionIntegrationTests extends GatewayIntegrationTest {

	@Test
	void describesTheMigratedRoutesOnlyInItsApiDescription() {
		JsonNode api = ApiClient.json(this.gateway.get("/v3/api-docs"));
		assertThat(api.get("info").get("title").asString()).isEqualTo("gateway-legacy-adapter");
		JsonNode custom = api.get("paths").get("/api/custom");
		assertThat(custom.propertyNames()).containsExactlyInAnyOrder("get", "post");
		assertThat(api.get("paths").propertyNames()).doesNotContain("/**");
	}

	@Test
	void describesTheItemsAnswersInJsonAndTheMonolithsXmlAndCreationAs201() {
		JsonNode paths = ApiClient.json(this.gateway.get("/v3/api-docs")).get("paths");
		JsonNode list = paths.get("/api/custom").get("get").get("responses").get("200").get("content");
		JsonNode item = paths.get("/api/custom/{id}").get("get").get("responses").get("200").get("content");
		JsonNode create = paths.get("/api/custom").get("post").get("responses");
		assertThat(create.propertyNames()).contains("201").doesNotContain("200");
		assertThat(create.get("201").get("headers").propertyNames()).containsExactly("Location");
		for (JsonNode content : new JsonNode[] { list, item, create.get("201").get("content") }) {
			assertThat(content.propertyNames()).containsExactly("application/json", "application/xml");
			assertThat(content.get("application/xml").get("examples").values())
				.singleElement()
				.satisfies((example) -> assertThat(example.get("value").asString()).startsWith("<?xml"));
		}
		assertThat(list.get("application/json").get("schema").get("items").get("$ref").asString())
			.isEqualTo("#/components/schemas/CustomItem");
		assertThat(item.get("application/json").get("schema").get("$ref").asString())
			.isEqualTo("#/components/schemas/CustomItem");
	}

	@Test
	void summarisesEveryOperationInItsApiDescription() {
		JsonNode paths = ApiClient.json(this.gateway.get("/v3/api-docs")).get("paths");
		int operations = 0;
		for (String path : paths.propertyNames()) {
			for (String method : paths.get(path).propertyNames()) {
				JsonNode summary = paths.get(path).get(method).get("summary");
				assertThat(summary).as("%s %s", method, path).isNotNull();
				assertThat(summary.asString()).as("%s %s", method, path).isNotBlank();
				operations++;
			}
		}
		assertThat(operations).isEqualTo(3);
	}

}

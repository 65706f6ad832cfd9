package io.carve.billing.greetings;

import java.net.http.HttpResponse;

import io.carve.billing.ServiceIntegrationTest;
import io.carve.test.ApiClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /api/v1/greetings} over real HTTP: JSON and XML, ETags, paging and problems. */
class GreetingApiIntegrationTests extends ServiceIntegrationTest {

	private static final String GREETINGS = "/api/v1/greetings";

	@Test
	void createsAGreetingWithItsLocationAndETag() {
		HttpResponse<String> created = this.api.postJson(GREETINGS, "{\"message\": \"Hello, world\"}");

		assertThat(created.statusCode()).isEqualTo(201);
		String location = created.headers().firstValue("Location").orElseThrow();
		assertThat(location).matches(GREETINGS + "/\\d+");
		assertThat(created.headers().firstValue("ETag")).hasValue("\"0\"");
		HttpResponse<String> read = this.api.get(location, "application/json");
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(read.headers().firstValue("ETag")).hasValue("\"0\"");
		JsonNode greeting = ApiClient.json(read);
		assertThat(greeting.get("message").asString()).isEqualTo("Hello, world");
		assertThat(greeting.get("url").asString()).isEqualTo(location);
		assertThat(greeting.get("createdAt").asString()).isNotBlank();
	}

	@Test
	void answersXmlWhenAskedForXml() {
		HttpResponse<String> created = this.api.send("POST", GREETINGS, "application/xml", "application/xml",
				"<greeting><message>Hello in XML</message></greeting>");

		assertThat(created.statusCode()).isEqualTo(201);
		String location = created.headers().firstValue("Location").orElseThrow();
		HttpResponse<String> read = this.api.get(location, "application/xml");
		assertThat(read.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/xml"));
		assertThat(read.body()).startsWith("<greeting>")
			.contains("<message>Hello in XML</message>", "<url>" + location + "</url>");
	}

	@Test
	void answersNotModifiedToAClientWithTheCurrentETag() {
		String location = this.api.postJson(GREETINGS, "{\"message\": \"Cached\"}").headers().firstValue("Location").orElseThrow();

		HttpResponse<String> response = this.api.get(location, "application/json", "If-None-Match", "\"0\"");

		assertThat(response.statusCode()).isEqualTo(304);
		assertThat(response.body()).isEmpty();
	}

	@Test
	void listsGreetingsPageByPage() {
		this.api.postJson(GREETINGS, "{\"message\": \"First\"}");
		this.api.postJson(GREETINGS, "{\"message\": \"Second\"}");

		JsonNode page = ApiClient.json(this.api.get(GREETINGS + "?size=1&sort=id,desc", "application/json"));

		assertThat(page.get("items").size()).isEqualTo(1);
		assertThat(page.get("size").asInt()).isEqualTo(1);
		assertThat(page.get("totalElements").asLong()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void rejectsABlankMessageWithAProblemNamingTheField() {
		HttpResponse<String> response = this.api.postJson(GREETINGS, "{\"message\": \" \"}");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(ApiClient.json(response).get("errors").get(0).get("field").asString()).isEqualTo("message");
	}

	@Test
	void answersAMissingGreetingWithAProblemInJsonOrXml() {
		HttpResponse<String> inJson = this.api.get(GREETINGS + "/" + Long.MAX_VALUE, "application/json");
		HttpResponse<String> inXml = this.api.get(GREETINGS + "/" + Long.MAX_VALUE, "application/xml");

		assertThat(inJson.statusCode()).isEqualTo(404);
		assertThat(inJson.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(ApiClient.json(inJson).get("title").asString()).isEqualTo("Greeting not found");
		assertThat(inXml.statusCode()).isEqualTo(404);
		assertThat(inXml.headers().firstValue("Content-Type")).hasValue("application/problem+xml");
		assertThat(inXml.body()).contains("<title>Greeting not found</title>", "<service>billing-service</service>");
	}

}

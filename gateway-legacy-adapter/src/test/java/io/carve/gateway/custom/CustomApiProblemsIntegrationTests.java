package io.carve.gateway.custom;

import java.net.http.HttpResponse;

import io.carve.gateway.GatewayIntegrationTest;
import io.carve.test.ApiClient;
import io.carve.test.RawExchange;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every way a request to the migrated routes can be wrong, answered as the platform answers it:
 * an RFC 9457 problem naming the gateway and the trace, in XML when the client prefers XML, and
 * nothing sent on to model-service or the monolith.
 */
class CustomApiProblemsIntegrationTests extends GatewayIntegrationTest {

	@Test
	void refusesAnIdTooLargeToBeOneWith400NamingIt() {
		HttpResponse<String> response = this.gateway.get("/api/custom/99999999999999999999999");
		JsonNode problem = assertProblem(response, 400, "application/problem+json");
		assertThat(problem.get("title").asString()).isEqualTo("Invalid request");
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("id");
		assertThat(modelService.getAllServeEvents()).isEmpty();
	}

	@Test
	void ignoresQueryParametersAsTheMonolithDid() {
		// The monolith's list took no parameters and ignored any it was sent, even undecodable ones;
		// legacy clients that send them (a cache-buster, say) keep working.
		modelService.stubFor(get(urlPathEqualTo("/api/v1/models")).willReturn(aResponse()
			.withHeader("Content-Type", "application/json")
			.withBody("{\"items\":[],\"page\":0,\"size\":100,\"totalElements\":0,\"totalPages\":0}")));
		assertThat(this.gateway.get("/api/custom?page=x&size=-1&_=1700000000").body()).isEqualTo("[]");
		RawExchange.Answer undecodable = RawExchange.send(port(),
				"GET /api/custom?name=%zz&x=%FF HTTP/1.1\r\nHost: localhost\r\n" + SIGNED_IN);
		assertThat(undecodable.status()).isEqualTo(200);
		assertThat(undecodable.text()).isEqualTo("[]");
	}

	@Test
	void refusesOtherMethodsWith405ListingTheAllowedOnesInXmlWhenAskedForXml() {
		HttpResponse<String> item = this.gateway.send("PATCH", "/api/custom/1", null, "application/xml",
				"{\"name\":\"x\"}");
		assertThat(item.statusCode()).isEqualTo(405);
		assertThat(item.headers().firstValue("Allow")).hasValue("GET");
		assertThat(item.headers().firstValue("Content-Type")).hasValue("application/problem+xml");
		assertThat(item.body()).contains("<status>405</status>", "<service>gateway-legacy-adapter</service>",
				"<instance>/api/custom/1</instance>");
		HttpResponse<String> collection = this.gateway.send("DELETE", "/api/custom", null, null, (String) null);
		assertProblem(collection, 405, "application/problem+json");
		assertThat(collection.headers().firstValue("Allow")).hasValue("GET, POST");
		assertThat(modelService.getAllServeEvents()).isEmpty();
	}

	@Test
	void refusesABodyThatIsNotJsonWith415() {
		for (String contentType : new String[] { "text/plain", "application/xml", "*/*" }) {
			HttpResponse<String> response = this.gateway.send("POST", "/api/custom", contentType, null,
					"<root><name>x</name></root>");
			assertProblem(response, 415, "application/problem+json");
		}
		assertThat(modelService.getAllServeEvents()).isEmpty();
	}

	@Test
	void listsTheInvalidFieldsOfABodyInXmlWhenAskedForXml() {
		HttpResponse<String> response = this.gateway.send("POST", "/api/custom", "application/json", "application/xml",
				"{\"name\": \"\"}");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+xml");
		assertThat(response.body()).contains("<status>400</status>", "<field>name</field>");
		HttpResponse<String> malformed = this.gateway.postJson("/api/custom", "{\"name\": ");
		assertThat(assertProblem(malformed, 400, "application/problem+json").get("title").asString())
			.isEqualTo("Malformed request body");
		assertThat(modelService.getAllServeEvents()).isEmpty();
	}

	private static JsonNode assertProblem(HttpResponse<String> response, int status, String contentType) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValue(contentType);
		JsonNode problem = ApiClient.json(response);
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("service").asString()).isEqualTo("gateway-legacy-adapter");
		assertThat(problem.get("traceId").asString()).matches("[0-9a-f]{32}");
		return problem;
	}

}

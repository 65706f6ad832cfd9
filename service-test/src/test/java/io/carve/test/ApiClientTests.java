package io.carve.test;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The HTTP test client against a server that answers with what it received. */
class ApiClientTests {

	@RegisterExtension
	final EchoServer echo = new EchoServer();

	@Test
	void getStatesNoPreferenceUnlessGivenOne() {
		var none = ApiClient.json(this.echo.client().get("/a?b=1"));
		var xml = ApiClient.json(this.echo.client().get("/a", "application/xml", "traceparent", "00-abc-def-01"));

		assertThat(none.get("method").asString()).isEqualTo("GET");
		assertThat(none.get("uri").asString()).isEqualTo("/a?b=1");
		assertThat(none.has("accept")).isFalse();
		assertThat(xml.get("accept").asString()).isEqualTo("application/xml");
		assertThat(xml.get("traceparent").asString()).isEqualTo("00-abc-def-01");
	}

	@Test
	void sendsJsonAndXmlBodiesAskingForTheSameType() {
		var postJson = ApiClient.json(this.echo.client().postJson("/models", "{\"name\":\"x\"}", "If-Match", "\"0\""));
		var putXml = ApiClient.json(this.echo.client().putXml("/models/1", "<model/>"));

		assertThat(postJson.get("method").asString()).isEqualTo("POST");
		assertThat(postJson.get("content-type").asString()).isEqualTo("application/json");
		assertThat(postJson.get("accept").asString()).isEqualTo("application/json");
		assertThat(postJson.get("if-match").asString()).isEqualTo("\"0\"");
		assertThat(postJson.get("body").asString()).isEqualTo("{\"name\":\"x\"}");
		assertThat(putXml.get("method").asString()).isEqualTo("PUT");
		assertThat(putXml.get("content-type").asString()).isEqualTo("application/xml");
		assertThat(putXml.get("accept").asString()).isEqualTo("application/xml");
	}

	@Test
	void sendsAnyMethodWithNoBodyAndNoContentTypeWhenGivenNull() {
		HttpResponse<String> response = this.echo.client()
			.send("PATCH", "/x", null, null, (String) null, "X-Custom", "kept");
		var delete = ApiClient.json(this.echo.client().delete("/models/1"));

		var patch = ApiClient.json(response);
		assertThat(patch.get("method").asString()).isEqualTo("PATCH");
		assertThat(patch.get("body").asString()).isEmpty();
		assertThat(patch.has("content-type")).isFalse();
		assertThat(patch.get("x-custom").asString()).isEqualTo("kept");
		assertThat(delete.get("method").asString()).isEqualTo("DELETE");
		assertThat(delete.get("accept").asString()).isEqualTo("application/json");
	}

	@Test
	void sendsTheHeadersOfEveryRequestWithEachOneAndLeavesTheOriginalClientAsItWas() {
		ApiClient signedIn = this.echo.client().withHeaders("Authorization", "Bearer t");

		var get = ApiClient.json(signedIn.get("/a"));
		var post = ApiClient.json(signedIn.postJson("/a", "{}", "X-Custom", "kept"));
		var plain = ApiClient.json(this.echo.client().get("/a"));

		assertThat(get.get("authorization").asString()).isEqualTo("Bearer t");
		assertThat(post.get("authorization").asString()).isEqualTo("Bearer t");
		assertThat(post.get("x-custom").asString()).isEqualTo("kept");
		assertThat(plain.has("authorization")).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> this.echo.client().withHeaders("Cookie"));
	}

	@Test
	void refusesAHeaderWithoutItsValue() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.echo.client().get("/a", "Accept", "application/xml"))
			.withMessageContaining("application/xml");
	}

}

package io.carve.test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The HTTP test client against a server that answers with what it received, as JSON. */
class ApiClientTests {

	private HttpServer server;

	private ApiClient api;

	@BeforeEach
	void startEcho() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/", (exchange) -> {
			Map<String, String> received = new TreeMap<>();
			received.put("method", exchange.getRequestMethod());
			received.put("uri", exchange.getRequestURI().toString());
			received.put("body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			exchange.getRequestHeaders().forEach((name, values) -> received.put(name.toLowerCase(), String.join(",", values)));
			byte[] answer = JsonEcho.write(received).getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, answer.length);
			exchange.getResponseBody().write(answer);
			exchange.close();
		});
		this.server.start();
		this.api = new ApiClient("http://127.0.0.1:" + this.server.getAddress().getPort());
	}

	@AfterEach
	void stopEcho() {
		this.server.stop(0);
	}

	@Test
	void getStatesNoPreferenceUnlessGivenOne() {
		var none = ApiClient.json(this.api.get("/a?b=1"));
		var xml = ApiClient.json(this.api.get("/a", "application/xml", "traceparent", "00-abc-def-01"));

		assertThat(none.get("method").asString()).isEqualTo("GET");
		assertThat(none.get("uri").asString()).isEqualTo("/a?b=1");
		assertThat(none.has("accept")).isFalse();
		assertThat(xml.get("accept").asString()).isEqualTo("application/xml");
		assertThat(xml.get("traceparent").asString()).isEqualTo("00-abc-def-01");
	}

	@Test
	void sendsJsonAndXmlBodiesAskingForTheSameType() {
		var postJson = ApiClient.json(this.api.postJson("/models", "{\"name\":\"x\"}", "If-Match", "\"0\""));
		var putXml = ApiClient.json(this.api.putXml("/models/1", "<model/>"));

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
		HttpResponse<String> response = this.api.send("PATCH", "/x", null, null, (String) null, "X-Custom", "kept");
		var delete = ApiClient.json(this.api.delete("/models/1"));

		var patch = ApiClient.json(response);
		assertThat(patch.get("method").asString()).isEqualTo("PATCH");
		assertThat(patch.get("body").asString()).isEmpty();
		assertThat(patch.has("content-type")).isFalse();
		assertThat(patch.get("x-custom").asString()).isEqualTo("kept");
		assertThat(delete.get("method").asString()).isEqualTo("DELETE");
		assertThat(delete.get("accept").asString()).isEqualTo("application/json");
	}

	@Test
	void refusesAHeaderWithoutItsValue() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.api.get("/a", "Accept", "application/xml"))
			.withMessageContaining("application/xml");
	}

	/** Just enough JSON writing for a map of strings, so the test checks parsing with another writer. */
	private static final class JsonEcho {

		static String write(Map<String, String> map) {
			StringBuilder json = new StringBuilder("{");
			map.forEach((name, value) -> json.append((json.length() > 1) ? "," : "")
				.append(quote(name))
				.append(':')
				.append(quote(value)));
			return json.append('}').toString();
		}

		private static String quote(String text) {
			return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
		}

	}

}

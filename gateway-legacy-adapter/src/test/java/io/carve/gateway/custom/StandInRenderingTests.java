package io.carve.gateway.custom;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import io.carve.gateway.legacy.LegacyStandIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stand-in monolith answers as the migrated route renders the same items (what a shadowed
 * route compares), and renames an item with {@code PUT}, the monolith's write.
 */
class StandInRenderingTests {

	private static final HttpClient http = HttpClient.newHttpClient();

	private LegacyStandIn standIn;

	@BeforeEach
	void start() throws Exception {
		this.standIn = LegacyStandIn.start(0);
		send("POST", "/api/custom", "{\"name\": \"first & <best>\"}");
		send("POST", "/api/custom", "{\"name\": \"second\"}");
	}

	@AfterEach
	void stop() {
		this.standIn.close();
	}

	@Test
	void answersXmlByteForByteAsTheMigratedRoute() throws Exception {
		List<CustomItem> items = List.of(new CustomItem(1, "first & <best>", "/api/custom/1"),
				new CustomItem(2, "second", "/api/custom/2"));
		assertThat(get("/api/custom", "application/xml").body()).isEqualTo(LegacyXml.of(items));
		assertThat(get("/api/custom/2", "application/xml").body()).isEqualTo(LegacyXml.of(items.get(1)));
	}

	@Test
	void answersJsonOfTheSameFieldsAsTheMigratedRoute() throws Exception {
		JsonMapper json = JsonMapper.builder().build();
		List<CustomItem> items = List.of(new CustomItem(1, "first & <best>", "/api/custom/1"),
				new CustomItem(2, "second", "/api/custom/2"));
		assertThat(json.readTree(get("/api/custom", "application/json").body())).hasToString(json.writeValueAsString(items));
	}

	@Test
	void renamesAnItemWithPut() throws Exception {
		HttpResponse<String> renamed = send("PUT", "/api/custom/1", "{\"name\": \"renamed \\\"1\\\"\"}");
		assertThat(renamed.statusCode()).isEqualTo(200);
		assertThat(renamed.body()).isEqualTo("{\"id\": 1, \"name\": \"renamed \\\"1\\\"\", \"url\": \"/api/custom/1\"}\n");
		assertThat(new String(get("/api/custom/1", "application/xml").body()))
			.contains("<name type=\"str\">renamed &quot;1&quot;</name>");
		assertThat(send("PUT", "/api/custom/1", "{}").statusCode()).isEqualTo(400);
		assertThat(send("PUT", "/api/custom/9", "{\"name\": \"none\"}").statusCode()).isEqualTo(404);
	}

	private HttpResponse<byte[]> get(String path, String accept) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.standIn.port() + path))
			.header("Accept", accept)
			.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private HttpResponse<String> send(String method, String path, String json) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.standIn.port() + path))
			.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}

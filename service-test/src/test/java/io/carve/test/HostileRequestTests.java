package io.carve.test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** A hostile request against a server that answers with what it received, in the status and time asked for. */
class HostileRequestTests {

	@RegisterExtension
	final EchoServer echo = new EchoServer();

	@Test
	void sendsItAsItIsAndTakesAnyAnswerBelow500InTime() {
		HostileRequest request = new HostileRequest("PATCH", "/x?status=422", "garbage", "image/png",
				"{\"name\":".getBytes(StandardCharsets.UTF_8), "If-Match", "*");

		var response = request.sendExpectingNoServerError(this.echo.client(), Duration.ofSeconds(5));

		assertThat(response.statusCode()).isEqualTo(422);
		var received = ApiClient.json(response);
		assertThat(received.get("method").asString()).isEqualTo("PATCH");
		assertThat(received.get("content-type").asString()).isEqualTo("garbage");
		assertThat(received.get("accept").asString()).isEqualTo("image/png");
		assertThat(received.get("if-match").asString()).isEqualTo("*");
		assertThat(received.get("body").asString()).isEqualTo("{\"name\":");
	}

	@Test
	void leavesOutWhatIsNull() {
		var received = ApiClient.json(new HostileRequest("POST", "/x", null, null, null)
			.sendExpectingNoServerError(this.echo.client(), Duration.ofSeconds(5)));

		assertThat(received.has("content-type")).isFalse();
		assertThat(received.has("accept")).isFalse();
		assertThat(received.get("body").asString()).isEmpty();
	}

	@Test
	void failsNamingTheRequestOnA5xx() {
		HostileRequest request = new HostileRequest("GET", "/x?status=503", null, "application/json", null);

		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> request.sendExpectingNoServerError(this.echo.client(), Duration.ofSeconds(5)))
			.withMessageStartingWith("GET /x?status=503 Content-Type: null, Accept: application/json, body (0 bytes): ")
			.withMessageContaining("answered 503");
	}

	@Test
	void failsOnAnAnswerThatTakesTheBoundOrLonger() {
		HostileRequest request = new HostileRequest("GET", "/x?delay=300", null, null, null);

		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> request.sendExpectingNoServerError(this.echo.client(), Duration.ofMillis(200)))
			.withMessageStartingWith("GET /x?delay=300 ")
			.withMessageContaining("not under 200 ms");
	}

	@Test
	void showsItsHeadersAndTheStartOfALongBody() {
		String shown = new HostileRequest("POST", "/x", "application/json", null,
				"é".repeat(400).getBytes(StandardCharsets.UTF_8), "If-Match", "\"0\"")
			.toString();

		assertThat(shown).isEqualTo("POST /x Content-Type: application/json, Accept: null, headers: [If-Match, \"0\"], "
				+ "body (800 bytes): " + "é".repeat(300) + "...");
	}

	@Test
	void quotesAnyTextAsAJsonStringThatParsesBackToIt() {
		String text = "a\"b\\c\u0000\u0007\n\uDC00x\uD800\u202Eé";

		String quoted = HostileRequest.jsonString(text);

		assertThat(quoted).isEqualTo("\"a\\u0022b\\u005cc\\u0000\\u0007\\u000a\\udc00x\\ud800\u202Eé\"");
		assertThat(JsonMapper.builder().build().readTree(quoted).asString()).isEqualTo(text);
	}

}

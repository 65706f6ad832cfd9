package io.carve.gateway.legacy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import io.carve.gateway.GatewayIntegrationTest;
import io.carve.test.RawExchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Requests no migrated route serves reach the monolith, and its answers come back, unchanged. */
class LegacyProxyIntegrationTests extends GatewayIntegrationTest {

	@Test
	void passesMethodPathQueryBodyAndEndToEndHeaders() {
		byte[] body = "name=caf%C3%A9&x=1".getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> response = this.gateway.sendPublished("PATCH", "/legacy/echo?b=%20x&a=1&a=2",
				"application/x-www-form-urlencoded", null, BodyPublishers.ofByteArray(body), "X-Custom", "kept", "Cookie",
				"session=abc");
		assertThat(response.statusCode()).isEqualTo(200);
		LegacyStandIn.Received received = legacy.lastRequest();
		assertThat(received.method()).isEqualTo("PATCH");
		assertThat(received.uri()).isEqualTo("/legacy/echo?b=%20x&a=1&a=2");
		assertThat(received.body()).isEqualTo(body);
		assertThat(received.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
		assertThat(received.header("Content-Length")).isEqualTo(Integer.toString(body.length));
		assertThat(received.header("X-Custom")).isEqualTo("kept");
		assertThat(received.header("Cookie")).isEqualTo("session=abc");
		assertThat(received.header("X-Forwarded-Host")).startsWith("localhost:");
		assertThat(received.header("X-Forwarded-For")).isEqualTo("127.0.0.1");
	}

	@Test
	void keepsItsConnectionToTheMonolithForTheNextRequest() {
		Set<Integer> connections = new HashSet<>();
		for (int i = 0; i < 5; i++) {
			assertThat(this.gateway.get("/legacy/echo").statusCode()).isEqualTo(200);
			connections.add(legacy.lastRequest().fromPort());
		}
		assertThat(connections).hasSize(1);
	}

	@Test
	void passesAnUploadToTheMonolithUnread() {
		byte[] upload = ("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nhello\r\n--b--\r\n")
			.getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> response = this.gateway.sendPublished("POST", "/legacy/echo",
				"multipart/form-data; boundary=b", null, BodyPublishers.ofByteArray(upload));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(legacy.lastRequest().body()).isEqualTo(upload);
	}

	@Test
	void dropsHopByHopHeadersIncludingThoseConnectionNames() {
		// The JDK client refuses to send Connection itself, so this request is written by hand.
		RawExchange.Answer answer = RawExchange.send(port(), "GET /legacy/echo HTTP/1.1\r\nHost: localhost\r\n"
				+ "Connection: keep-alive, X-Private\r\nX-Private: hop\r\nKeep-Alive: timeout=5\r\nTE: trailers\r\n"
				+ "X-Public: end");
		assertThat(answer.status()).isEqualTo(200);
		LegacyStandIn.Received received = legacy.lastRequest();
		assertThat(received.header("X-Public")).isEqualTo("end");
		assertThat(received.headers()).doesNotContainKeys("x-private", "keep-alive", "te");
	}

	@Test
	void passesStatusHeadersAndBodyBack() {
		HttpResponse<String> teapot = this.gateway.get("/legacy/status/418");
		assertThat(teapot.statusCode()).isEqualTo(418);
		assertThat(teapot.headers().firstValue("X-Legacy")).hasValue("status");
		assertThat(teapot.body()).isEqualTo("Answered 418 on purpose\n");
		HttpResponse<String> empty = this.gateway.get("/legacy/status/204");
		assertThat(empty.statusCode()).isEqualTo(204);
		assertThat(empty.body()).isEmpty();
		assertThat(this.gateway.get("/api/custom/not-a-number").statusCode()).isEqualTo(404);
		assertThat(legacy.lastRequest().uri()).isEqualTo("/api/custom/not-a-number");
	}

	@Test
	void streamsTheAnswerAsTheMonolithWritesIt() throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port() + "/legacy/stream")).build();
		long start = System.nanoTime();
		HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient().send(request, BodyHandlers.ofInputStream());
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
			assertThat(lines.readLine()).startsWith("line 1");
			long firstLineMillis = (System.nanoTime() - start) / 1_000_000;
			assertThat(lines.lines().count()).isEqualTo(4);
			long allMillis = (System.nanoTime() - start) / 1_000_000;
			// The monolith takes a second for the five lines; the first must not wait for the last.
			assertThat(allMillis).isGreaterThanOrEqualTo(1000);
			assertThat(firstLineMillis).isLessThan(allMillis - 600);
		}
	}

	@Test
	void breaksOffTheAnswerWhenTheMonolithBreaksOffItsOwn() {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port() + "/legacy/broken"))
			.timeout(Duration.ofSeconds(10))
			.build();
		// 100 of the 1,000 bytes promised: the client must see a failure at once, never a short answer
		// that looks whole, nor a connection left open waiting for the rest.
		assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThatThrownBy(
				() -> HttpClient.newHttpClient().send(request, BodyHandlers.ofString()))
			.isInstanceOf(IOException.class));
	}

	@Test
	void passesTheCallersTraceOnWithTheGatewayAsParent() {
		String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
		String callerSpan = "00f067aa0ba902b7";
		HttpResponse<String> response = this.gateway.get("/legacy/echo", null, "traceparent",
				"00-" + traceId + "-" + callerSpan + "-01");
		assertThat(response.headers().firstValue("X-Trace-Id")).hasValue(traceId);
		String forwarded = legacy.lastRequest().header("traceparent");
		assertThat(forwarded).startsWith("00-" + traceId + "-").doesNotContain(callerSpan);
	}

}

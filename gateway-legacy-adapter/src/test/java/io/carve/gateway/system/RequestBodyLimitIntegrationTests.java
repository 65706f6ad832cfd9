package io.carve.gateway.system;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

import io.carve.gateway.GatewayIntegrationTest;
import io.carve.gateway.legacy.LegacyStandIn;
import io.carve.test.RawExchange;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform's request body limit (64 KB unless {@code carve.limits.max-request-body} says
 * otherwise) on the gateway: on the migrated routes and on the proxy alike, whether the client
 * declares the length or sends the body chunked. A body over it is refused with a 413 problem
 * as soon as that shows, never read to its end, and never reaches model-service or the monolith.
 */
class RequestBodyLimitIntegrationTests extends GatewayIntegrationTest {

	private static final long LIMIT = 64 * 1024;

	private static final long SIXTY_MEGABYTES = 60L * 1024 * 1024;

	private static final byte[] ITEM_START = "{\"name\":\"".getBytes(StandardCharsets.US_ASCII);

	@Test
	void refusesA60MegabyteItemAtOnceWithoutReadingIt() {
		RawExchange.Answer answer = RawExchange.send(port(), "POST /api/custom HTTP/1.1\r\nHost: localhost\r\n"
				+ SIGNED_IN + "\r\nContent-Type: application/json\r\nContent-Length: " + SIXTY_MEGABYTES, ITEM_START, SIXTY_MEGABYTES, false);
		assertTooLarge(answer, "application/problem+json");
		assertThat(answer.json().get("instance").asString()).isEqualTo("/api/custom");
		assertThat(modelService.getAllServeEvents()).isEmpty();
	}

	@Test
	void refusesAChunkedItemOnceItGrowsPastTheLimitInXmlWhenAskedForXml() {
		RawExchange.Answer answer = RawExchange.send(port(), "POST /api/custom HTTP/1.1\r\nHost: localhost\r\n"
				+ SIGNED_IN + "\r\nContent-Type: application/json\r\nAccept: application/xml\r\nTransfer-Encoding: chunked", ITEM_START,
				SIXTY_MEGABYTES, true);
		assertTooLarge(answer, "application/problem+xml");
		assertThat(answer.text()).contains("<status>413</status>", "<title>Request body too large</title>",
				"<service>gateway-legacy-adapter</service>");
		assertThat(modelService.getAllServeEvents()).isEmpty();
	}

	@Test
	void refusesAProxiedBodyOverTheLimitBeforeTheMonolithSeesIt() {
		LegacyStandIn.Received monolithsLastRequest = legacy.lastRequest();
		RawExchange.Answer answer = RawExchange.send(port(), "POST /legacy/echo HTTP/1.1\r\nHost: localhost\r\n"
				+ "Content-Type: application/octet-stream\r\nContent-Length: " + SIXTY_MEGABYTES, new byte[0],
				SIXTY_MEGABYTES, false);
		assertTooLarge(answer, "application/problem+json");
		assertThat(legacy.lastRequest()).isSameAs(monolithsLastRequest);
	}

	@Test
	void cutsOffAChunkedProxiedBodyOnceItGrowsPastTheLimit() {
		LegacyStandIn.Received monolithsLastRequest = legacy.lastRequest();
		RawExchange.Answer answer = RawExchange.send(port(), "POST /legacy/echo HTTP/1.1\r\nHost: localhost\r\n"
				+ "Content-Type: application/octet-stream\r\nTransfer-Encoding: chunked", new byte[0], SIXTY_MEGABYTES,
				true);
		assertTooLarge(answer, "application/problem+json");
		// The monolith got the start of it, then a broken connection: never a whole request to act on.
		assertThat(legacy.lastRequest()).isSameAs(monolithsLastRequest);
	}

	@Test
	void passesABodyOfExactlyTheLimitToTheMonolithWhole() {
		byte[] body = new byte[(int) LIMIT];
		Arrays.fill(body, (byte) 'x');
		HttpResponse<String> declared = this.gateway.sendPublished("POST", "/legacy/echo", "application/octet-stream",
				null, BodyPublishers.ofByteArray(body));
		assertThat(declared.statusCode()).isEqualTo(200);
		assertThat(legacy.lastRequest().body()).isEqualTo(body);
		HttpResponse<String> chunked = this.gateway.sendPublished("POST", "/legacy/echo", "application/octet-stream",
				null, BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
		assertThat(chunked.statusCode()).isEqualTo(200);
		assertThat(legacy.lastRequest().header("Transfer-Encoding")).isEqualTo("chunked");
		assertThat(legacy.lastRequest().body()).isEqualTo(body);
	}

	private static void assertTooLarge(RawExchange.Answer answer, String contentType) {
		assertThat(answer.status()).as(answer.head()).isEqualTo(413);
		assertThat(answer.header("Content-Type")).isEqualTo(contentType);
		// Refused as soon as it showed: the client could not send all of it.
		assertThat(answer.bodyBytesSent()).isLessThan(SIXTY_MEGABYTES);
		assertThat(answer.took()).isLessThan(Duration.ofSeconds(5));
		if (contentType.endsWith("json")) {
			JsonNode problem = answer.json();
			assertThat(problem.get("title").asString()).isEqualTo("Request body too large");
			assertThat(problem.get("service").asString()).isEqualTo("gateway-legacy-adapter");
			assertThat(problem.get("traceId").asString()).matches("[0-9a-f]{32}");
		}
	}

}

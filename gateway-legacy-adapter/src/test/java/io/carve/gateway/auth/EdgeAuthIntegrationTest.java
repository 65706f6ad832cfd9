package io.carve.gateway.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.carve.gateway.GatewayIntegrationTest;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * Base of the edge authentication's tests against a monolith's check that misbehaves on demand:
 * a WireMock on a fixed port (so that it can be stopped, as a monolith that is down, and started
 * again), which by default answers 204 for {@code Bearer good-...} tokens and 401 with a
 * challenge for anything else. The check is given a short timeout, and {@code GET
 * /api/custom/{id}} is an anonymous route.
 */
@TestPropertySource(properties = { "gateway.auth.monolith.timeout=" + EdgeAuthIntegrationTest.TIMEOUT_MILLIS + "ms",
		"gateway.auth.monolith.cache-ttl=1m", "gateway.auth.retry-after=7s",
		"gateway.auth.anonymous-routes=GET /api/custom/*" })
abstract class EdgeAuthIntegrationTest extends GatewayIntegrationTest {

	static final long TIMEOUT_MILLIS = 500;

	static final String CHECK = "/auth/verify";

	static final String CHALLENGE = "Bearer realm=\"monolith\"";

	static final WireMockServer monolithCheck = startCheck();

	private static int tokens;

	@DynamicPropertySource
	static void check(DynamicPropertyRegistry registry) {
		registry.add("gateway.auth.monolith.check-url", () -> monolithCheck.baseUrl() + CHECK);
	}

	@BeforeEach
	void answerAsAMonolithThatKnowsGoodTokens() {
		if (!monolithCheck.isRunning()) {
			monolithCheck.start();
		}
		monolithCheck.resetAll();
		monolithCheck.stubFor(get(urlPathEqualTo(CHECK))
			.willReturn(aResponse().withStatus(401).withHeader("WWW-Authenticate", CHALLENGE)));
		monolithCheck.stubFor(get(urlPathEqualTo(CHECK)).withHeader("Authorization", matching("Bearer good-.*"))
			.willReturn(aResponse().withStatus(204)));
	}

	/**
	 * A token the monolith accepts, new to the gateway (verdicts are kept a minute here, so each
	 * test that counts checks takes its own).
	 */
	static synchronized String goodToken() {
		return "Bearer good-" + (++tokens);
	}

	/** How many checks the monolith has been asked. */
	static int checks() {
		return monolithCheck.countRequestsMatching(getRequestedFor(urlPathEqualTo(CHECK)).build()).getCount();
	}

	private static WireMockServer startCheck() {
		WireMockServer server = new WireMockServer(WireMockConfiguration.options().port(freePort()).bindAddress("127.0.0.1"));
		server.start();
		Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		return server;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

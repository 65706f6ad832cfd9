package io.carve.gateway.auth;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import io.carve.gateway.GatewayIntegrationTest;
import io.carve.test.ApiClient;
import io.carve.test.HostileClientReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mode {@code jwt}: real RS256 tokens, signed in the test with a key whose public half a test
 * server publishes as the issuer's JWK set; only a valid one of that issuer, for the gateway's
 * audience, gets through. Each refusal is one attacker's probe.
 */
@ExtendWith(HostileClientReport.class)
@TestPropertySource(properties = { "gateway.auth.mode=jwt", "gateway.auth.jwt.issuer=" + JwtAuthIntegrationTests.ISSUER,
		"gateway.auth.jwt.audience=gateway" })
class JwtAuthIntegrationTests extends GatewayIntegrationTest {

	static final String ISSUER = "https://id.example.test";

	private static final RSAKey KEY = rsaKey("key-1");

	/** Another key under the same id: what an attacker who knows the key id but not the key signs with. */
	private static final RSAKey FORGER = rsaKey("key-1");

	private static final HttpServer jwks = serveJwks();

	@DynamicPropertySource
	static void issuer(DynamicPropertyRegistry registry) {
		registry.add("gateway.auth.jwt.jwk-set-uri",
				() -> "http://127.0.0.1:" + jwks.getAddress().getPort() + "/.well-known/jwks.json");
	}

	@Test
	void letsAValidTokenOfTheIssuerThrough() {
		modelService.stubFor(get(urlPathEqualTo("/api/v1/models")).willReturn(aResponse()
			.withHeader("Content-Type", "application/json")
			.withBody("{\"items\":[],\"page\":0,\"size\":100,\"totalElements\":0,\"totalPages\":0}")));

		HttpResponse<String> list = bearer(token(KEY, ISSUER, "gateway", Duration.ofMinutes(5))).get("/api/custom");

		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).isEqualTo("[]");
	}

	@Test
	void refusesARequestWithoutATokenWithTheBearerChallenge() {
		HttpResponse<String> refused = anonymous().get("/api/custom");

		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
		assertThat(ApiClient.json(refused).get("detail").asString()).contains("the token issuer");
		assertThat(modelService.getAllServeEvents()).isEmpty();
	}

	@Test
	void refusesAnExpiredToken() {
		assertInvalid(token(KEY, ISSUER, "gateway", Duration.ofMinutes(-10)));
	}

	@Test
	void refusesATokenSignedWithAnotherKeyUnderTheIssuersKeyId() {
		assertInvalid(token(FORGER, ISSUER, "gateway", Duration.ofMinutes(5)));
	}

	@Test
	void refusesATokenOfAnotherIssuer() {
		assertInvalid(token(KEY, "https://evil.example.test", "gateway", Duration.ofMinutes(5)));
	}

	@Test
	void refusesATokenForAnotherAudience() {
		assertInvalid(token(KEY, ISSUER, "another-service", Duration.ofMinutes(5)));
	}

	@Test
	void refusesAnUnsignedTokenWithAlgorithmNone() {
		assertInvalid(new PlainJWT(claims(ISSUER, "gateway", Duration.ofMinutes(5))).serialize());
	}

	@Test
	void refusesATamperedToken() {
		String[] parts = token(KEY, ISSUER, "gateway", Duration.ofMinutes(5)).split("\\.");
		String admin = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(claims(ISSUER, "gateway", Duration.ofMinutes(5)).toString()
				.replace("alice", "admin")
				.getBytes(StandardCharsets.UTF_8));
		assertInvalid(parts[0] + "." + admin + "." + parts[2]);
	}

	private void assertInvalid(String token) {
		HttpResponse<String> refused = bearer(token).postJson("/api/custom", "{\"name\": \"x\"}");

		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValue("Bearer error=\"invalid_token\"");
		assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(modelService.getAllServeEvents()).isEmpty();
	}

	private ApiClient anonymous() {
		return new ApiClient("http://localhost:" + port());
	}

	private ApiClient bearer(String token) {
		return anonymous().withHeaders("Authorization", "Bearer " + token);
	}

	private static String token(RSAKey key, String issuer, String audience, Duration validFor) {
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
					claims(issuer, audience, validFor));
			jwt.sign(new RSASSASigner(key));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static JWTClaimsSet claims(String issuer, String audience, Duration validFor) {
		Instant now = Instant.now();
		return new JWTClaimsSet.Builder().issuer(issuer)
			.subject("alice")
			.audience(audience)
			.issueTime(Date.from(now.minus(Duration.ofMinutes(20))))
			.expirationTime(Date.from(now.plus(validFor)))
			.build();
	}

	private static RSAKey rsaKey(String id) {
		try {
			return new RSAKeyGenerator(2048).keyID(id).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static HttpServer serveJwks() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
			byte[] body = new JWKSet(KEY.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
			server.createContext("/.well-known/jwks.json", (exchange) -> {
				exchange.getResponseHeaders().set("Content-Type", "application/json");
				exchange.sendResponseHeaders(200, body.length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(body);
				}
			});
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

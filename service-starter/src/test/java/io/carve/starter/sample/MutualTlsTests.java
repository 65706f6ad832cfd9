package io.carve.starter.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.net.ssl.SSLContext;

import io.carve.test.ApiClient;
import io.carve.test.HostileClientReport;
import io.carve.test.Identity;
import io.carve.test.TestCertificates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

/**
 * A service with {@code carve.tls.*} set, probed over real HTTPS as callers with every kind of
 * certificate: only the allowed ones get past the handshake and the caller check; the load
 * balancer's health probe needs none.
 */
@SpringBootTest(classes = SampleApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.application.name=sample-service",
				"management.endpoint.health.group.readiness.include=readinessState", "management.server.port=0",
				"carve.security.allowed-callers=gateway-legacy-adapter.example,ops.example",
				// Named before the application starts, as an operator's file names them: carve.tls.* are
				// read ahead of the context, where a @DynamicPropertySource is not seen yet.
				"carve.tls.certificate=${carve.test.tls}/ca/sample-service.example.pem",
				"carve.tls.private-key=${carve.test.tls}/ca/sample-service.example.key.pem",
				"carve.tls.ca=${carve.test.tls}/ca/ca.pem" })
@ExtendWith(HostileClientReport.class)
class MutualTlsTests {

	private static final Path DIRECTORY = temporaryDirectory();

	static {
		System.setProperty("carve.test.tls", DIRECTORY.toString());
	}

	private static final TestCertificates CA = TestCertificates.create(DIRECTORY.resolve("ca"), "Puppet CA: test");

	static {
		CA.issue("sample-service.example");
	}

	private static final Identity ALLOWED = CA.issue("gateway-legacy-adapter.example");

	private static final Identity NOT_ALLOWED = CA.issue("intruder.example");

	private static final Identity EXPIRED = CA.expired("ops.example");

	private static final Identity OTHER_CA = TestCertificates.create(DIRECTORY.resolve("other"), "Another CA")
		.issue("gateway-legacy-adapter.example");

	@LocalServerPort
	private int port;

	@LocalManagementPort
	private int managementPort;

	@Test
	void refusesTheHandshakeOfACallerWithoutACertificate() {
		assertThatIOException().isThrownBy(() -> postNote(Identity.anonymous(CA.caCertificate())));
	}

	@Test
	void refusesTheHandshakeOfACertificateFromAnotherCa() {
		assertThatIOException().isThrownBy(() -> postNote(OTHER_CA.sslContext(CA.caCertificate())));
	}

	@Test
	void refusesTheHandshakeOfAnExpiredCertificate() {
		assertThatIOException().isThrownBy(() -> postNote(EXPIRED.sslContext()));
	}

	@Test
	void answersAValidCertificateNotAmongTheAllowedCallersWithA403Problem() throws Exception {
		HttpResponse<String> response = postNote(NOT_ALLOWED.sslContext());

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = ApiClient.json(response);
		assertThat(problem.get("title").asString()).isEqualTo("Caller not allowed");
		assertThat(problem.get("detail").asString()).contains("intruder.example");
		assertThat(problem.get("service").asString()).isEqualTo("sample-service");
		assertThat(problem.get("traceId").asString()).hasSize(32)
			.isEqualTo(response.headers().firstValue("X-Trace-Id").orElseThrow());
	}

	@Test
	void answersACallerNotAllowedInXmlWhenAskedForXml() throws Exception {
		HttpResponse<String> response = send(NOT_ALLOWED.sslContext(), this.port, "/notes", "application/xml");

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+xml");
		assertThat(response.body()).startsWith("<problem xmlns=\"urn:ietf:rfc:7807\">")
			.contains("<status>403</status>", "<service>sample-service</service>", "<traceId>");
	}

	@Test
	void answersAnAllowedCaller() throws Exception {
		HttpResponse<String> response = postNote(ALLOWED.sslContext());

		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		assertThat(response.body()).contains("\"text\":\"hello\"");
	}

	@Test
	void answersTheLoadBalancersHealthProbeWithoutACertificateOnTheManagementPort() throws Exception {
		HttpResponse<String> response = send(Identity.anonymous(CA.caCertificate()), this.managementPort,
				"/actuator/health", "application/json");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"status\":\"UP\"");
	}

	@Test
	void refusesMetricsWithoutACertificateOnTheManagementPort() throws Exception {
		HttpResponse<String> response = send(Identity.anonymous(CA.caCertificate()), this.managementPort,
				"/actuator/prometheus", "application/json");

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(ApiClient.json(response).get("service").asString()).isEqualTo("sample-service");
		assertThat(response.body()).doesNotContain("jvm_");
	}

	@Test
	void refusesMetricsToACallerNotAllowed() throws Exception {
		assertThat(send(NOT_ALLOWED.sslContext(), this.managementPort, "/actuator/prometheus", "text/plain").statusCode())
			.isEqualTo(403);
		assertThat(send(NOT_ALLOWED.sslContext(), this.managementPort, "/actuator/info", "application/json").statusCode())
			.isEqualTo(403);
	}

	@Test
	void refusesMetricsReachedThroughDotSegmentsAfterHealth() throws Exception {
		HttpResponse<String> response = send(Identity.anonymous(CA.caCertificate()), this.managementPort,
				"/actuator/health/../prometheus", "text/plain");

		assertThat(response.statusCode()).isIn(400, 403, 404);
		assertThat(response.body()).doesNotContain("jvm_");
	}

	@Test
	void servesMetricsToAnAllowedCaller() throws Exception {
		HttpResponse<String> response = send(ALLOWED.sslContext(), this.managementPort, "/actuator/prometheus",
				"text/plain");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("jvm_");
	}

	@Test
	void refusesMetricsToACertificateFromAnotherCaBearingAnAllowedName() throws Exception {
		HttpResponse<String> response = send(OTHER_CA.sslContext(CA.caCertificate()), this.managementPort,
				"/actuator/prometheus", "text/plain");

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).doesNotContain("jvm_");
	}

	private HttpResponse<String> postNote(SSLContext context) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("https://localhost:" + this.port + "/notes"))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.timeout(Duration.ofSeconds(10))
			.POST(BodyPublishers.ofString("{\"text\":\"hello\"}"))
			.build();
		return client(context).send(request, BodyHandlers.ofString());
	}

	private static HttpResponse<String> send(SSLContext context, int port, String path, String accept)
			throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("https://localhost:" + port + path))
			.header("Accept", accept)
			.timeout(Duration.ofSeconds(10))
			.build();
		return client(context).send(request, BodyHandlers.ofString());
	}

	private static HttpClient client(SSLContext context) {
		return HttpClient.newBuilder().sslContext(context).connectTimeout(Duration.ofSeconds(5)).build();
	}

	private static Path temporaryDirectory() {
		try {
			return Files.createTempDirectory("carve-tls-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

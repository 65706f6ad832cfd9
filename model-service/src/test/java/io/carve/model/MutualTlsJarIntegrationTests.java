package io.carve.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.carve.test.ApiClient;
import io.carve.test.HostileClientReport;
import io.carve.test.Identity;
import io.carve.test.JarProcess;
import io.carve.test.SharedPostgres;
import io.carve.test.TestCertificates;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The packaged jar deployed as Puppet deploys it, with its node's certificate, key and CA and a
 * list of allowed callers, probed over real mutual TLS by callers with every kind of certificate.
 */
@ExtendWith(HostileClientReport.class)
class MutualTlsJarIntegrationTests {

	private static Path directory;

	private static TestCertificates ca;

	private static Identity gateway;

	private static JarProcess service;

	private static int managementPort;

	@BeforeAll
	static void deploy() throws Exception {
		directory = Files.createTempDirectory("model-service-tls-");
		ca = TestCertificates.create(directory.resolve("tls"), "Puppet CA: test");
		Identity node = ca.issue("model-service.example");
		gateway = ca.issue("gateway-legacy-adapter.example");
		managementPort = freePort();
		List<String> args = new ArrayList<>(node.tlsArguments());
		args.add("--carve.security.allowed-callers=gateway-legacy-adapter.example");
		args.add("--management.server.port=" + managementPort);
		args.add("--spring.datasource.url=" + SharedPostgres.freshDatabase());
		args.add("--spring.datasource.username=postgres");
		service = JarProcess.of("service.jar", directory, args.toArray(String[]::new))
			.withEnvironment("MODEL_SERVICE_CONFIG", directory.resolve("absent.yml").toString())
			.overHttps(gateway.sslContext())
			.start();
	}

	@AfterAll
	static void stop() {
		if (service != null) {
			service.close();
		}
	}

	@Test
	void servesAnAllowedCallerOverMutualTls() {
		ApiClient api = new ApiClient(service.baseUrl(), gateway.sslContext());

		HttpResponse<String> created = api.postJson("/api/v1/models", "{\"name\":\"over-mtls\",\"type\":\"GROUP\"}");

		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(service.console()).contains("Serving HTTPS on the API port " + service.port(),
				"Listening on https://");
	}

	@Test
	void refusesTheHandshakeWithoutACertificate() {
		ApiClient anonymous = new ApiClient(service.baseUrl(), Identity.anonymous(ca.caCertificate()));

		assertThatExceptionOfType(UncheckedIOException.class).isThrownBy(() -> anonymous.get("/api/v1/models", "application/json"));
	}

	@Test
	void refusesTheHandshakeOfACertificateFromAnotherCa() {
		Identity foreign = TestCertificates.create(directory.resolve("other"), "Another CA")
			.issue("gateway-legacy-adapter.example");
		ApiClient api = new ApiClient(service.baseUrl(), foreign.sslContext(ca.caCertificate()));

		assertThatExceptionOfType(UncheckedIOException.class).isThrownBy(() -> api.get("/api/v1/models", "application/json"));
	}

	@Test
	void refusesTheHandshakeOfAnExpiredCertificate() {
		ApiClient api = new ApiClient(service.baseUrl(), ca.expired("gateway-legacy-adapter.example").sslContext());

		assertThatExceptionOfType(UncheckedIOException.class).isThrownBy(() -> api.get("/api/v1/models", "application/json"));
	}

	@Test
	void answersAValidCertificateNotAmongTheAllowedCallersWithA403Problem() {
		ApiClient api = new ApiClient(service.baseUrl(), ca.issue("intruder.example").sslContext());

		HttpResponse<String> response = api.send("DELETE", "/api/v1/models/1", null, "application/json", (String) null);

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(ApiClient.json(response).get("service").asString()).isEqualTo("model-service");
		assertThat(ApiClient.json(response).get("detail").asString()).contains("intruder.example");
	}

	@Test
	void answersTheLoadBalancersHealthProbeWithoutACertificate() {
		ApiClient probe = new ApiClient("https://localhost:" + managementPort, Identity.anonymous(ca.caCertificate()));

		assertThat(probe.get("/actuator/health", "application/json").statusCode()).isEqualTo(200);
	}

	@Test
	void refusesMetricsWithoutAnAllowedCertificate() {
		ApiClient anonymous = new ApiClient("https://localhost:" + managementPort, Identity.anonymous(ca.caCertificate()));
		ApiClient allowed = new ApiClient("https://localhost:" + managementPort, gateway.sslContext());

		assertThat(anonymous.get("/actuator/prometheus", "text/plain").statusCode()).isEqualTo(403);
		assertThat(allowed.get("/actuator/prometheus", "text/plain").body()).contains("jvm_");
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}

package io.carve.starter.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;

import io.carve.test.Identity;
import io.carve.test.TestCertificates;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A renewed certificate, written over the old files as Puppet does, is served without a restart. */
@SpringBootTest(classes = SampleApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.application.name=sample-service",
				"management.endpoint.health.group.readiness.include=readinessState",
				"carve.security.allowed-callers=gateway.example",
				"carve.tls.certificate=${carve.test.rotation}/sample-service.example.pem",
				"carve.tls.private-key=${carve.test.rotation}/sample-service.example.key.pem",
				"carve.tls.ca=${carve.test.rotation}/ca.pem", "spring.ssl.bundle.watch.file.quiet-period=200ms" })
class CertificateRotationTests {

	private static final Path DIRECTORY = temporaryDirectory();

	static {
		System.setProperty("carve.test.rotation", DIRECTORY.toString());
	}

	private static final TestCertificates CA = TestCertificates.create(DIRECTORY, "Puppet CA: test");

	private static final Identity FIRST = CA.issue("sample-service.example");

	private static final Identity CALLER = CA.issue("gateway.example");

	@LocalServerPort
	private int port;

	@Test
	void servesTheRenewedCertificateOnceItsFilesAreReplaced() throws Exception {
		assertThat(servedSerial()).isEqualTo(FIRST.certificate().getSerialNumber());

		Identity renewed = CA.issue("sample-service.example");

		await().atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(250))
			.untilAsserted(() -> assertThat(servedSerial()).isEqualTo(renewed.certificate().getSerialNumber()));
	}

	/** The serial of the certificate the server presents, on a client (and so a TLS session) of its own. */
	private BigInteger servedSerial() throws IOException, InterruptedException {
		HttpClient client = HttpClient.newBuilder().sslContext(CALLER.sslContext()).build();
		HttpRequest request = HttpRequest.newBuilder(URI.create("https://localhost:" + this.port + "/actuator/health"))
			.timeout(Duration.ofSeconds(5))
			.build();
		X509Certificate served = (X509Certificate) client.send(request, BodyHandlers.discarding())
			.sslSession()
			.orElseThrow()
			.getPeerCertificates()[0];
		return served.getSerialNumber();
	}

	private static Path temporaryDirectory() {
		try {
			return Files.createTempDirectory("carve-rotation-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

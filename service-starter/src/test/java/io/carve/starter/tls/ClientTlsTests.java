package io.carve.starter.tls;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import feign.Client;
import feign.Request;
import feign.Response;
import io.carve.test.Identity;
import io.carve.test.TestCertificates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.cloud.openfeign.FeignAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;
import static org.awaitility.Awaitility.await;

/**
 * Feign's own HTTP client, as Spring Cloud OpenFeign makes it, calling real HTTPS servers that
 * require a client certificate, as a callee on the platform does.
 */
class ClientTlsTests {

	@TempDir
	static Path directory;

	private static TestCertificates ca;

	private static Identity caller;

	private static Identity callee;

	private static Identity foreignCallee;

	private HttpsServer server;

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(FeignAutoConfiguration.class, SslAutoConfiguration.class,
				TlsAutoConfiguration.class))
		.withPropertyValues("spring.ssl.bundle.watch.file.quiet-period=100ms")
		.withInitializer((context) -> new TlsSettings().postProcessEnvironment(context.getEnvironment(), null));

	@BeforeAll
	static void certificates() {
		ca = TestCertificates.create(directory.resolve("ca"), "Puppet CA: test");
		caller = ca.issue("gateway.example");
		callee = ca.issue("model-service.example");
		foreignCallee = TestCertificates.create(directory.resolve("other"), "Another CA").issue("model-service.example");
	}

	@AfterEach
	void stop() {
		if (this.server != null) {
			this.server.stop(0);
		}
	}

	@Test
	void presentsTheServicesCertificateToACalleeOfTheSameCa() {
		int port = serve(callee);
		withCallerTls().run((context) -> {
			Response response = get(context, "https://localhost:" + port + "/api/v1/models/1");
			assertThat(response.status()).isEqualTo(200);
			assertThat(body(response)).contains("CN=gateway.example");
		});
	}

	@Test
	void refusesACalleeWhoseCertificateAnotherCaSigned() {
		int port = serve(foreignCallee);
		withCallerTls().run((context) -> assertThatIOException()
			.isThrownBy(() -> get(context, "https://localhost:" + port + "/api/v1/models/1")));
	}

	@Test
	void refusesACalleeWhoseCertificateNamesAnotherHost() {
		Instant now = Instant.now();
		int port = serve(ca.issue("elsewhere.example", now.minusSeconds(60), now.plusSeconds(3600)));
		withCallerTls().run((context) -> assertThatIOException()
			.isThrownBy(() -> get(context, "https://localhost:" + port + "/api/v1/models/1")));
	}

	@Test
	void presentsTheNewCertificateOnceItsFilesAreReplaced() {
		Identity rotating = ca.issue("rotating.example");
		int port = serve(callee);
		this.runner.withPropertyValues(rotating.tlsProperties().toArray(String[]::new)).run((context) -> {
			String url = "https://localhost:" + port + "/api/v1/models/1";
			String before = body(get(context, url));
			Identity renewed = ca.issue("rotating.example");
			assertThat(before).contains("serial=" + rotating.certificate().getSerialNumber());
			await().atMost(Duration.ofSeconds(20))
				.untilAsserted(() -> assertThat(body(get(context, url)))
					.contains("serial=" + renewed.certificate().getSerialNumber()));
		});
	}

	@Test
	void leavesFeignAloneWithoutTls() {
		this.runner.run((context) -> assertThat(context).doesNotHaveBean(ClientTls.class).hasSingleBean(Client.class));
	}

	private ApplicationContextRunner withCallerTls() {
		return this.runner.withPropertyValues(caller.tlsProperties().toArray(String[]::new));
	}

	/** A callee on loopback requiring a client certificate of its CA, answering with the caller's name and serial. */
	private int serve(Identity identity) {
		try {
			this.server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		SSLContext context = identity.sslContext();
		this.server.setHttpsConfigurator(new HttpsConfigurator(context) {

			@Override
			public void configure(HttpsParameters parameters) {
				SSLParameters ssl = context.getDefaultSSLParameters();
				ssl.setNeedClientAuth(true);
				parameters.setSSLParameters(ssl);
			}

		});
		this.server.createContext("/api/v1/models/1", (exchange) -> {
			X509Certificate client = (X509Certificate) ((HttpsExchange) exchange).getSSLSession().getPeerCertificates()[0];
			byte[] answer = ("{\"id\":1,\"caller\":\"" + client.getSubjectX500Principal().getName() + "\",\"serial\":\"serial="
					+ client.getSerialNumber() + "\"}").getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, answer.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(answer);
			}
		});
		this.server.start();
		return this.server.getAddress().getPort();
	}

	/** One request on a connection of its own, so that a renewed certificate shows on the next. */
	private static Response get(AssertableApplicationContext context, String url) throws IOException {
		Request request = Request.create(Request.HttpMethod.GET, url, Map.of("Connection", List.of("close")), null,
				StandardCharsets.UTF_8, null);
		return context.getBean(Client.class).execute(request, new Request.Options());
	}

	private static String body(Response response) throws IOException {
		return new String(response.body().asInputStream().readAllBytes(), StandardCharsets.UTF_8);
	}

}

package io.carve.starter.tls;

import java.nio.file.Path;
import java.time.Instant;
import java.security.cert.X509Certificate;
import java.util.List;

import io.carve.starter.problems.ProblemsAutoConfiguration;
import io.carve.test.Identity;
import io.carve.test.TestCertificates;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

@ExtendWith(OutputCaptureExtension.class)
class TlsAutoConfigurationTests {

	@TempDir
	static Path directory;

	private static TestCertificates ca;

	private static Identity service;

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(TlsAutoConfiguration.class, SslAutoConfiguration.class,
				JacksonAutoConfiguration.class, ProblemsAutoConfiguration.class))
		.withPropertyValues("spring.application.name=model-service")
		// As at a real start, where TlsSettings runs on the environment before any context.
		.withInitializer((context) -> new TlsSettings().postProcessEnvironment(context.getEnvironment(), null));

	@BeforeAll
	static void certificates() {
		ca = TestCertificates.create(directory, "Puppet CA: test");
		service = ca.issue("model-service.example");
	}

	@Test
	void answersOnlyAllowedCallersWhenServingTls() {
		tls().withPropertyValues("carve.security.allowed-callers=gateway.example").run((context) -> {
			assertThat(context).hasSingleBean(AllowedCallersFilter.class).hasSingleBean(ClientTls.class);
			assertThat(statusFor(context, "/api/v1/models", ca.issue("gateway.example").certificate())).isEqualTo(200);
			assertThat(statusFor(context, "/api/v1/models", ca.issue("intruder.example").certificate())).isEqualTo(403);
			assertThat(statusFor(context, "/api/v1/models", null)).isEqualTo(403);
		});
	}

	@Test
	void acceptsACallerByADnsAlternativeNameToo() {
		Identity aliased = ca.issue("node-7.example", Instant.now().minusSeconds(60),
				Instant.now().plusSeconds(3600), "gateway.example");
		tls().withPropertyValues("carve.security.allowed-callers=gateway.example")
			.run((context) -> assertThat(statusFor(context, "/api/v1/models", aliased.certificate())).isEqualTo(200));
	}

	@Test
	void answersHealthToAnyoneAndNothingBeyondIt() {
		tls().run((context) -> {
			assertThat(statusFor(context, "/actuator/health", null)).isEqualTo(200);
			assertThat(statusFor(context, "/actuator/health/readiness", null)).isEqualTo(200);
			assertThat(statusFor(context, "/actuator/healthy", null)).isEqualTo(403);
			assertThat(statusFor(context, "/actuator/prometheus", null)).isEqualTo(403);
		});
	}

	@Test
	void answersARefusedCallerWithAProblemNamingTheServiceAndItsCertificate() {
		tls().run((context) -> {
			MockHttpServletResponse response = filter(context, "/api/v1/models", ca.issue("intruder.example").certificate(),
					"application/json");
			assertThat(response.getContentType()).isEqualTo("application/problem+json");
			assertThat(response.getContentAsString()).contains("\"title\":\"Caller not allowed\"",
					"\"service\":\"model-service\"", "intruder.example", "\"status\":403");
		});
	}

	@Test
	void checksNoCallersWithoutTls() {
		this.runner.run((context) -> {
			assertThat(context).doesNotHaveBean(AllowedCallersFilter.class).doesNotHaveBean(ClientTls.class);
			assertThat(context).hasSingleBean(TransportNotice.class).hasSingleBean(MutualTlsScheme.class);
		});
	}

	@Test
	void keepsTheCertificateForCallsWhenTheServerIsOff() {
		tls().withPropertyValues("carve.tls.server-enabled=false").run((context) -> {
			assertThat(context).hasSingleBean(ClientTls.class);
			assertThat(context).doesNotHaveBean(AllowedCallersFilter.class).doesNotHaveBean(MutualTlsScheme.class);
		});
	}

	@Test
	void backsOffForTheServicesOwnFilter() {
		AllowedCallersFilter own = new AllowedCallersFilter(List.of("anyone"), null);
		tls().withBean(AllowedCallersFilter.class, () -> own)
			.run((context) -> assertThat(context).getBean(AllowedCallersFilter.class).isSameAs(own));
	}

	@Test
	void checksNoCallersWhenTheCheckIsSwitchedOff() {
		tls().withPropertyValues("carve.security.enabled=false").run((context) -> {
			assertThat(context).doesNotHaveBean(AllowedCallersFilter.class);
			assertThat(context).hasSingleBean(ClientTls.class);
		});
	}

	@Test
	void isOffWhenSwitchedOff() {
		tls().withPropertyValues("carve.tls.enabled=false").run((context) -> assertThat(context)
			.doesNotHaveBean(AllowedCallersFilter.class)
			.doesNotHaveBean(ClientTls.class)
			.doesNotHaveBean(TransportNotice.class)
			.doesNotHaveBean(MutualTlsScheme.class));
	}

	@Test
	void checksNoCallersOutsideServletApplications() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(TlsAutoConfiguration.class, SslAutoConfiguration.class))
			.withPropertyValues(service.tlsProperties().toArray(String[]::new))
			.withInitializer((context) -> new TlsSettings().postProcessEnvironment(context.getEnvironment(), null))
			.run((context) -> assertThat(context).doesNotHaveBean(AllowedCallersFilter.class).doesNotHaveBean(TransportNotice.class));
	}

	@Test
	void saysAtStartThatItServesPlainHttpOnLoopbackOnly(CapturedOutput output) {
		this.runner.run((context) -> {
			context.getBean(TransportNotice.class).onApplicationEvent(serverOnPort(8081));
			assertThat(output).contains("Serving plain HTTP on loopback only (127.0.0.1:8081", "carve.tls.certificate")
				.doesNotContain("WARN");
		});
	}

	@Test
	void warnsOfPlainHttpBeyondLoopback(CapturedOutput output) {
		this.runner.withPropertyValues("server.address=0.0.0.0").run((context) -> {
			context.getBean(TransportNotice.class).onApplicationEvent(serverOnPort(8081));
			assertThat(output).contains("WARN").contains("Serving plain HTTP beyond loopback (0.0.0.0:8081");
		});
	}

	@Test
	void saysAtStartThatItServesMutualTls(CapturedOutput output) {
		tls().run((context) -> {
			context.getBean(TransportNotice.class).onApplicationEvent(serverOnPort(8443));
			assertThat(output).contains("Serving HTTPS on the API port 8443, requiring a client certificate signed by");
		});
	}

	private WebApplicationContextRunner tls() {
		return this.runner.withPropertyValues(service.tlsProperties().toArray(String[]::new));
	}

	private static int statusFor(AssertableWebApplicationContext context, String path, X509Certificate caller)
			throws Exception {
		return filter(context, path, caller, "application/json").getStatus();
	}

	private static MockHttpServletResponse filter(AssertableWebApplicationContext context, String path,
			X509Certificate caller, String accept) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setServletPath(path);
		request.addHeader("Accept", accept);
		if (caller != null) {
			request.setAttribute(AllowedCallersFilter.CERTIFICATES, new X509Certificate[] { caller });
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		context.getBean(AllowedCallersFilter.class).doFilter(request, response, new MockFilterChain());
		return response;
	}

	private static WebServerInitializedEvent serverOnPort(int port) {
		WebServer server = mock(WebServer.class);
		given(server.getPort()).willReturn(port);
		return new WebServerInitializedEvent(server) {

			@Override
			public WebServerApplicationContext getApplicationContext() {
				return null;
			}

		};
	}

}

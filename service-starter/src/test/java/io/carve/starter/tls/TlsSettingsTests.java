package io.carve.starter.tls;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class TlsSettingsTests {

	private static final Map<String, Object> FILES = Map.of("carve.tls.certificate", "/etc/model-service/tls/certificate.pem",
			"carve.tls.private-key", "/etc/model-service/tls/private-key.pem", "carve.tls.ca",
			"/etc/model-service/tls/ca.pem");

	@Test
	void makesAReloadedPemBundleOfTheThreeFiles() {
		StandardEnvironment environment = settled(FILES);

		assertThat(environment.getProperty("spring.ssl.bundle.pem.carve.keystore.certificate"))
			.isEqualTo("file:/etc/model-service/tls/certificate.pem");
		assertThat(environment.getProperty("spring.ssl.bundle.pem.carve.keystore.private-key"))
			.isEqualTo("file:/etc/model-service/tls/private-key.pem");
		assertThat(environment.getProperty("spring.ssl.bundle.pem.carve.truststore.certificate"))
			.isEqualTo("file:/etc/model-service/tls/ca.pem");
		assertThat(environment.getProperty("spring.ssl.bundle.pem.carve.reload-on-update")).isEqualTo("true");
	}

	@Test
	void servesHttpsRequiringAClientCertificateAndWantingOneOnTheManagementPort() {
		StandardEnvironment environment = settled(FILES);

		assertThat(environment.getProperty("server.ssl.bundle")).isEqualTo("carve");
		assertThat(environment.getProperty("server.ssl.client-auth")).isEqualTo("need");
		assertThat(environment.getProperty("management.server.ssl.bundle")).isEqualTo("carve");
		assertThat(environment.getProperty("management.server.ssl.client-auth")).isEqualTo("want");
		assertThat(environment.containsProperty("server.address")).as("TLS serves every interface").isFalse();
	}

	@Test
	void leavesTheOperatorsOwnServerSettingsInPlace() {
		StandardEnvironment environment = environment(FILES);
		environment.getPropertySources()
			.addFirst(new MapPropertySource("operator", Map.of("server.ssl.client-auth", "want", "server.address", "10.1.2.3")));
		new TlsSettings().postProcessEnvironment(environment, null);

		assertThat(environment.getProperty("server.ssl.client-auth")).isEqualTo("want");
		assertThat(environment.getProperty("server.address")).isEqualTo("10.1.2.3");
	}

	@Test
	void bindsToLoopbackWithoutTls() {
		StandardEnvironment environment = settled(Map.of("management.server.port", "9081"));

		assertThat(environment.getProperty("server.address")).isEqualTo("127.0.0.1");
		assertThat(environment.getProperty("management.server.address")).isEqualTo("127.0.0.1");
		assertThat(environment.containsProperty("server.ssl.bundle")).isFalse();
		assertThat(environment.containsProperty("spring.ssl.bundle.pem.carve.keystore.certificate")).isFalse();
	}

	@Test
	void namesNoManagementAddressWithoutAManagementPortOfItsOwn() {
		StandardEnvironment environment = settled(Map.of());

		assertThat(environment.containsProperty("management.server.address")).isFalse();
	}

	@Test
	void keepsAnExplicitAddressWithoutTls() {
		StandardEnvironment environment = settled(Map.of("server.address", "0.0.0.0"));

		assertThat(environment.getProperty("server.address")).isEqualTo("0.0.0.0");
	}

	@Test
	void usesTheCertificateOnlyForCallsWhenTheServerIsOff() {
		Map<String, Object> clientOnly = new HashMap<>(FILES);
		clientOnly.put("carve.tls.server-enabled", "false");
		StandardEnvironment environment = settled(clientOnly);

		assertThat(environment.getProperty("spring.ssl.bundle.pem.carve.keystore.certificate")).isNotNull();
		assertThat(environment.containsProperty("server.ssl.bundle")).isFalse();
		assertThat(environment.getProperty("server.address")).isEqualTo("127.0.0.1");
	}

	@Test
	void refusesToStartWithOnlySomeOfTheFiles() {
		StandardEnvironment environment = environment(Map.of("carve.tls.certificate", "/etc/x/certificate.pem",
				"carve.tls.ca", "/etc/x/ca.pem"));

		assertThatIllegalStateException().isThrownBy(() -> new TlsSettings().postProcessEnvironment(environment, null))
			.withMessageContaining("carve.tls.private-key");
	}

	@Test
	void changesNothingWhenSwitchedOff() {
		Map<String, Object> off = new HashMap<>(FILES);
		off.put("carve.tls.enabled", "false");
		StandardEnvironment environment = settled(off);

		assertThat(environment.containsProperty("server.ssl.bundle")).isFalse();
		assertThat(environment.containsProperty("server.address")).isFalse();
	}

	private static StandardEnvironment settled(Map<String, Object> properties) {
		StandardEnvironment environment = environment(properties);
		new TlsSettings().postProcessEnvironment(environment, null);
		return environment;
	}

	private static StandardEnvironment environment(Map<String, Object> properties) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
		return environment;
	}

}

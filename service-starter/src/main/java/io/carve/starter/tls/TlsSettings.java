package io.carve.starter.tls;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Turns {@code carve.tls.*} into Spring Boot's own settings, behind every other property source
 * (so an operator may still override one of them, key by key): with the three files named, a PEM
 * SSL bundle {@value TlsProperties#BUNDLE} reloaded when the files change, HTTPS requiring a
 * client certificate on the API port, and HTTPS wanting one on a separate management port.
 * Without TLS, the service binds to loopback unless {@code server.address} names another address.
 */
public class TlsSettings implements EnvironmentPostProcessor, Ordered {

	static final String LOOPBACK = "127.0.0.1";

	private static final String PROPERTY_SOURCE = "carveTls";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		TlsProperties tls = Binder.get(environment).bindOrCreate("carve.tls", TlsProperties.class);
		if (!tls.enabled()) {
			return;
		}
		if (tls.partlyConfigured()) {
			throw new IllegalStateException("carve.tls.certificate, carve.tls.private-key and carve.tls.ca go together: "
					+ "name all three PEM files to serve mutual TLS, or none to serve plain HTTP on loopback");
		}
		Map<String, Object> settings = new LinkedHashMap<>();
		if (tls.configured()) {
			String bundle = "spring.ssl.bundle.pem." + TlsProperties.BUNDLE;
			settings.put(bundle + ".keystore.certificate", location(tls.certificate().toString()));
			settings.put(bundle + ".keystore.private-key", location(tls.privateKey().toString()));
			settings.put(bundle + ".truststore.certificate", location(tls.ca().toString()));
			settings.put(bundle + ".reload-on-update", true);
		}
		if (tls.servesTls()) {
			settings.put("server.ssl.bundle", TlsProperties.BUNDLE);
			settings.put("server.ssl.client-auth", "need");
			// Used only where management.server.port differs from server.port: the load balancer's
			// health probe comes without a certificate, metrics callers with one.
			settings.put("management.server.ssl.bundle", TlsProperties.BUNDLE);
			settings.put("management.server.ssl.client-auth", "want");
		}
		else {
			if (!environment.containsProperty("server.address")) {
				settings.put("server.address", LOOPBACK);
			}
			if (hasOwnManagementPort(environment) && !environment.containsProperty("management.server.address")) {
				settings.put("management.server.address", LOOPBACK);
			}
		}
		environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE, settings));
	}

	/** Boot refuses a management address unless the management port is one of its own. */
	private static boolean hasOwnManagementPort(ConfigurableEnvironment environment) {
		String port = environment.getProperty("management.server.port");
		return port != null && !port.isBlank() && !port.equals("-1")
				&& !port.equals(environment.getProperty("server.port", "8080"));
	}

	/** A file path as a resource location; a location with a prefix of its own stays as it is. */
	private static String location(String path) {
		return path.matches("^[a-z]+:.*") ? path : "file:" + path;
	}

	/** After the configuration files are read, so that their {@code carve.tls.*} counts. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}

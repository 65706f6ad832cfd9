package io.carve.bench.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Starts the programs of the benchmark as their users do, each on a free port and with its
 * console in the work folder: the services' packaged jars, the bare endpoint, the legacy stand-in.
 */
final class Launcher {

	/** Their health endpoint's readiness group: model-service's includes its database. */
	static final String READINESS = "/actuator/health/readiness";

	static final Duration START_TIMEOUT = Duration.ofMinutes(3);

	private final Options options;

	Launcher(Options options) {
		this.options = options;
	}

	Path logs() {
		return this.options.work().resolve("logs");
	}

	/** model-service on its embedded PostgreSQL in {@code database}, ignoring any operator file of this machine. */
	ServiceProcess modelService(String name, Path java, List<String> jvmOptions, Path jar, Path database,
			String... arguments) {
		int port = freePort();
		List<String> all = new ArrayList<>(List.of("--server.port=" + port,
				"--carve.embedded-database.data-directory=" + database));
		all.addAll(List.of(arguments));
		return ServiceProcess.start(name, ServiceProcess.javaJar(java, jvmOptions, jar, all), port,
				logs().resolve(name + ".log"),
				Map.of("MODEL_SERVICE_CONFIG", this.options.work().resolve("no-operator-file.yml").toString()));
	}

	/**
	 * The gateway, calling model-service at {@code modelService} and the monolith at {@code legacy},
	 * ignoring any operator file of this machine. Its edge authentication is off: the figures are
	 * the gateway's proxying and resilience, not the stand-in monolith's check of credentials.
	 */
	ServiceProcess gateway(String name, Path java, List<String> jvmOptions, Path jar, URI modelService, URI legacy,
			String... arguments) {
		int port = freePort();
		List<String> all = new ArrayList<>(List.of("--server.port=" + port, "--management.server.port=0",
				"--legacy.base-url=" + legacy,
				"--spring.cloud.discovery.client.simple.instances.model-service[0].uri=" + modelService,
				"--gateway.auth.mode=none"));
		all.addAll(List.of(arguments));
		return ServiceProcess.start(name, ServiceProcess.javaJar(java, jvmOptions, jar, all), port,
				logs().resolve(name + ".log"), Map.of("GATEWAY_LEGACY_ADAPTER_CONFIG",
						this.options.work().resolve("no-operator-file.yml").toString()));
	}

	/** The bare endpoint, from this module's jar. */
	ServiceProcess bare(String name, Path java, String... arguments) {
		int port = freePort();
		List<String> all = new ArrayList<>(List.of("--server.port=" + port));
		all.addAll(List.of(arguments));
		return ServiceProcess.start(name, ServiceProcess.javaJar(java, List.of(), this.options.jar("bench"), all), port,
				logs().resolve(name + ".log"), Map.of());
	}

	/** The monolith's stand-in ({@code ./run-local} runs it on its own database), in memory, run from its source. */
	ServiceProcess legacy() {
		int port = freePort();
		Path source = this.options.repository()
			.resolve("gateway-legacy-adapter/src/test/java/io/carve/gateway/legacy/LegacyStandIn.java");
		return ServiceProcess.start("legacy-stand-in",
				List.of(this.options.java().toString(), source.toString(), Integer.toString(port)), port,
				logs().resolve("legacy-stand-in.log"), Map.of());
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free port", ex);
		}
	}

}

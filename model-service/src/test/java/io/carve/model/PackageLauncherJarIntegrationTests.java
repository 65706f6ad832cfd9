package io.carve.model;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.carve.test.SharedPostgres;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The Debian package's launcher, from the package the build made, unpacked as the benchmark
 * unpacks it and pointed at a folder of the test's by its SERVICE_* variables: the class archive
 * it trains and uses, and the JVM settings of its /etc/default file. Run by failsafe once the
 * package is built.
 */
class PackageLauncherJarIntegrationTests {

	/** A training run on a busy 2-core machine takes minutes, a start with the archive far less. */
	private static final Duration START_TIMEOUT = Duration.ofMinutes(6);

	@TempDir
	static Path root;

	@TempDir
	Path directory;

	@BeforeAll
	static void unpackThePackage() throws Exception {
		assumeFalse(Boolean.getBoolean("service.deb.skipped"), "-Djdeb.skip: no package was built");
		Path deb = Path.of(System.getProperty("service.deb"));
		assertThat(deb).as("the package 'package' built").exists();
		Process unpack = new ProcessBuilder("dpkg-deb", "-x", deb.toString(), root.toString()).inheritIO().start();
		assertThat(unpack.waitFor()).isZero();
	}

	@Test
	void trainsTheClassArchiveAtTheFirstServerStartUsesItAtTheNextAndStartsDespiteACorruptOne() throws Exception {
		Map<String, String> environment = serverEnvironment();
		Path cache = this.directory.resolve("cache");

		// Spring Boot properties as arguments (./run-local and the benchmark pass some) still make a server start.
		String first = startAndStop(environment, (pid) -> assertThat(mapped(pid, cache)).hasSize(1),
				"--spring.main.banner-mode=off");
		assertThat(first).contains("a training run makes");
		Path archive = archives(cache).get(0);
		long trained = Files.getLastModifiedTime(archive).toMillis();

		String second = startAndStop(environment, (pid) -> assertThat(mapped(pid, cache)).containsExactly(archive));
		assertThat(second).doesNotContain("training run");
		assertThat(Files.getLastModifiedTime(archive).toMillis()).as("the archive as trained").isEqualTo(trained);

		Files.write(archive, new byte[4096]);
		String corrupt = startAndStop(environment, (pid) -> {
		});
		assertThat(corrupt).doesNotContain("training run");
	}

	@Test
	void neverTrainsForACommand() throws Exception {
		Path cache = this.directory.resolve("cache");

		Result help = run(serverEnvironment(), "--help");

		assertThat(help.exitCode()).as(help.output()).isZero();
		assertThat(help.output()).doesNotContain("training run");
		assertThat(archives(cache)).isEmpty();
	}

	@Test
	void givesTheJvmTheHeapCapOfItsDefaultsFileUnlessJavaOptsSayOtherwise() throws Exception {
		Path shipped = root.resolve("etc/default/model-service");
		assertThat(Files.readAllLines(shipped)).anyMatch((line) -> line.matches("JAVA_HEAP_MAX=\\d+m"));
		Path defaults = Files.writeString(this.directory.resolve("defaults"),
				Files.readString(shipped).replaceAll("(?m)^JAVA_HEAP_MAX=.*$", "JAVA_HEAP_MAX=200m"));
		Map<String, String> environment = serverEnvironment();
		environment.put("SERVICE_DEFAULTS", defaults.toString());
		environment.put("JAVA_OPTS", "-XX:+PrintFlagsFinal");

		assertThat(run(environment, "--version").output()).containsPattern("MaxHeapSize += 209715200 ");

		environment.put("JAVA_OPTS", "-XX:+PrintFlagsFinal -Xmx150m");
		assertThat(run(environment, "--version").output()).containsPattern("MaxHeapSize += 157286400 ");
	}

	/** The unpacked package's launcher and settings, this JVM, a cache of this test's, a fresh database, a free port. */
	private Map<String, String> serverEnvironment() throws IOException {
		Path config = Files.writeString(this.directory.resolve("operator.yml"), """
				spring:
				  datasource:
				    url: %s
				    username: postgres
				""".formatted(SharedPostgres.freshDatabase()));
		Map<String, String> environment = new HashMap<>();
		environment.put("SERVICE_HOME", root.resolve("usr/share/model-service").toString());
		environment.put("SERVICE_DEFAULTS", root.resolve("etc/default/model-service").toString());
		environment.put("SERVICE_CACHE", this.directory.resolve("cache").toString());
		environment.put("JAVA_HOME", System.getProperty("java.home"));
		environment.put("MODEL_SERVICE_CONFIG", config.toString());
		// The port from the environment, so that a start with no arguments at all is a server start too.
		environment.put("SERVER_PORT", Integer.toString(freePort()));
		return environment;
	}

	/** Starts the server, awaits its readiness, hands its pid to {@code whileReady}, stops it; answers its output. */
	private String startAndStop(Map<String, String> environment, PidCheck whileReady, String... properties)
			throws Exception {
		Path output = Files.createTempFile(this.directory, "launcher", ".log");
		Process server = launcher(environment, properties).redirectOutput(output.toFile()).start();
		try {
			awaitReady(server, environment.get("SERVER_PORT"), output);
			whileReady.check(server.pid());
		}
		finally {
			server.destroy();
			if (!server.waitFor(60, TimeUnit.SECONDS)) {
				server.destroyForcibly();
			}
		}
		return Files.readString(output);
	}

	private Result run(Map<String, String> environment, String... args) throws Exception {
		Process command = launcher(environment, args).start();
		String output = new String(command.getInputStream().readAllBytes());
		assertThat(command.waitFor(60, TimeUnit.SECONDS)).isTrue();
		return new Result(command.exitValue(), output);
	}

	private ProcessBuilder launcher(Map<String, String> environment, String... args) {
		List<String> command = new ArrayList<>(List.of(root.resolve("usr/bin/model-service").toString()));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).directory(this.directory.toFile()).redirectErrorStream(true);
		builder.environment().putAll(environment);
		return builder;
	}

	private static void awaitReady(Process server, String port, Path output) throws Exception {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest readiness = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
			.timeout(Duration.ofSeconds(2))
			.build();
		Instant deadline = Instant.now().plus(START_TIMEOUT);
		while (Instant.now().isBefore(deadline)) {
			assertThat(server.isAlive()).as("the server running; its output:\n%s", Files.readString(output)).isTrue();
			try {
				if (http.send(readiness, BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		throw new IllegalStateException("Not ready within " + START_TIMEOUT + "; its output:\n" + Files.readString(output));
	}

	/** The archives in the cache folder (not the temporary files of a training run). */
	private static List<Path> archives(Path cache) throws IOException {
		if (!Files.isDirectory(cache)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(cache)) {
			return files.filter((file) -> file.getFileName().toString().matches("model-service-\\d+\\.(jsa|aot)")).toList();
		}
	}

	/** The files of the cache folder the JVM has mapped: the archive it uses. */
	private static List<Path> mapped(long pid, Path cache) throws IOException {
		return Files.readAllLines(Path.of("/proc", Long.toString(pid), "maps"))
			.stream()
			.filter((line) -> line.contains(cache.toString()))
			.map((line) -> Path.of(line.substring(line.indexOf(cache.toString()))))
			.distinct()
			.toList();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	@FunctionalInterface
	private interface PidCheck {

		void check(long pid) throws IOException;

	}

	private record Result(int exitCode, String output) {
	}

}

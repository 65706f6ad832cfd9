package io.carve.gateway;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A packaged service jar running as a process of its own on a port chosen up front, its
 * console in {@code console.log} of its working directory.
 */
public final class JarProcess implements AutoCloseable {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

	private final Path jar;

	private final Path directory;

	private final int port;

	private final List<String> args;

	private final Map<String, String> environment = new HashMap<>();

	private Process process;

	private JarProcess(Path jar, Path directory, int port, List<String> args) {
		this.jar = jar;
		this.directory = directory;
		this.port = port;
		this.args = args;
	}

	/** Sets an environment variable of the process. */
	public JarProcess withEnvironment(String name, String value) {
		this.environment.put(name, value);
		return this;
	}

	/** A jar named by a system property that the build sets, to run in this directory with these arguments. */
	public static JarProcess of(String jarProperty, Path directory, String... args) throws IOException {
		Path jar = jarOf(jarProperty);
		Files.createDirectories(directory);
		int port = freePort();
		List<String> all = new ArrayList<>(List.of(args));
		all.add("--server.port=" + port);
		return new JarProcess(jar, directory, port, all);
	}

	private static Path jarOf(String jarProperty) {
		String jar = System.getProperty(jarProperty);
		if (jar == null || !Files.isRegularFile(Path.of(jar))) {
			throw new IllegalStateException("System property " + jarProperty + " names no jar (" + jar
					+ "); run these tests with './mvnw verify' from the platform's root, which packages the jars first.");
		}
		return Path.of(jar);
	}

	private static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	/** What a command of a jar printed, and its exit code. */
	public record Result(int exitCode, String output) {

	}

	/**
	 * Runs a command of the jar named by a system property to its end, in this directory, with this
	 * environment, as an operator runs one: answers its exit code and everything it printed.
	 */
	public static Result run(String jarProperty, Path directory, Map<String, String> environment, String... args)
			throws IOException, InterruptedException {
		Files.createDirectories(directory);
		List<String> command = new ArrayList<>(List.of(java(), "-jar", jarOf(jarProperty).toString()));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
		builder.environment().putAll(environment);
		Process process = builder.start();
		process.getOutputStream().close();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException("The command did not end within " + START_TIMEOUT + "; its output:\n" + output);
		}
		return new Result(process.exitValue(), output);
	}

	public int port() {
		return this.port;
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + this.port;
	}

	/** Starts it and waits until {@code /actuator/health} answers 200. */
	public JarProcess start() throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(java(), "-jar", this.jar.toString()));
		command.addAll(this.args);
		ProcessBuilder builder = new ProcessBuilder(command).directory(this.directory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(this.directory.resolve("console.log").toFile()));
		builder.environment().putAll(this.environment);
		this.process = builder.start();
		awaitHealthy();
		return this;
	}

	/** Sends SIGTERM, as systemd does, and waits for the process to end. */
	public void stop() throws InterruptedException {
		if (this.process == null || !this.process.isAlive()) {
			return;
		}
		this.process.destroy();
		if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
			throw new IllegalStateException(this.jar.getFileName() + " did not stop within 60 s of SIGTERM");
		}
	}

	/** Kills it with SIGKILL, as a crash or the kernel's OOM killer would, and waits for it to end. */
	public void kill() throws InterruptedException {
		this.process.destroyForcibly();
		if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
			throw new IllegalStateException(this.jar.getFileName() + " was still running 30 s after SIGKILL");
		}
	}

	/** Everything it has printed. */
	public String console() throws IOException {
		Path console = this.directory.resolve("console.log");
		return Files.exists(console) ? Files.readString(console) : "";
	}

	/** Stops it gracefully, so that what it started (an embedded PostgreSQL) stops too; kills it if that fails. */
	@Override
	public void close() {
		try {
			stop();
		}
		catch (InterruptedException | RuntimeException ex) {
			this.process.destroyForcibly();
		}
	}

	private void awaitHealthy() throws IOException, InterruptedException {
		HttpClient http = HttpClient.newHttpClient();
		HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
			.timeout(Duration.ofSeconds(2))
			.build();
		Instant deadline = Instant.now().plus(START_TIMEOUT);
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(this.jar.getFileName() + " exited with " + this.process.exitValue()
						+ " before it was healthy; its console:\n" + console());
			}
			try {
				if (http.send(health, BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		throw new IllegalStateException(this.jar.getFileName() + " was not healthy within " + START_TIMEOUT
				+ "; its console:\n" + console());
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}

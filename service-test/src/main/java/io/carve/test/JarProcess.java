package io.carve.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLContext;

/**
 * A service's packaged jar run as a process of its own, the way an operator runs it: arguments,
 * environment and working directory, a port chosen once so it can be started again where its
 * callers expect it, stopped by signals. What it prints goes to {@code console.log} in its
 * working directory, appended across starts.
 */
public final class JarProcess implements AutoCloseable {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

	private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(60);

	private final Path jar;

	private final Path directory;

	private final List<String> args;

	private final Map<String, String> environment = new HashMap<>();

	private final int port;

	private SSLContext tls;

	private Process process;

	private JarProcess(Path jar, Path directory, List<String> args, int port) {
		this.jar = jar;
		this.directory = directory;
		this.args = args;
		this.port = port;
	}

	/**
	 * The jar that the system property {@code jarProperty} names (the build sets it, for
	 * example failsafe's {@code systemPropertyVariables}), to run in {@code directory}, created if
	 * need be, with these arguments.
	 */
	public static JarProcess of(String jarProperty, Path directory, String... args) throws IOException {
		String jar = System.getProperty(jarProperty);
		if (jar == null || !Files.isRegularFile(Path.of(jar))) {
			throw new IllegalStateException("System property " + jarProperty + " names no jar (" + jar
					+ "); run these tests with 'verify', which packages the jar before failsafe runs them.");
		}
		Files.createDirectories(directory);
		return new JarProcess(Path.of(jar), directory, List.of(args), freePort());
	}

	/** Sets an environment variable of the process, on top of this JVM's environment. */
	public JarProcess withEnvironment(String name, String value) {
		this.environment.put(name, value);
		return this;
	}

	/**
	 * Calls it over HTTPS with this TLS context (its health while starting, {@link #baseUrl()}), for a
	 * jar given {@code carve.tls.*} arguments: a certificate of {@link Identity#sslContext()}.
	 */
	public JarProcess overHttps(SSLContext client) {
		this.tls = client;
		return this;
	}

	/** The port it serves on, the same at every start. */
	public int port() {
		return this.port;
	}

	/** {@code http://127.0.0.1:<port>}, or {@code https://localhost:<port>} {@link #overHttps over HTTPS}. */
	public String baseUrl() {
		return (this.tls != null) ? "https://localhost:" + this.port : "http://127.0.0.1:" + this.port;
	}

	/**
	 * Starts it with {@code --server.port=<port>} and waits until {@code /actuator/health} answers
	 * 200; it may be started again once stopped or killed.
	 */
	public JarProcess start() throws IOException, InterruptedException {
		if (this.process != null && this.process.isAlive()) {
			throw new IllegalStateException(this.jar.getFileName() + " is running already");
		}
		List<String> all = new ArrayList<>(this.args);
		all.add("--server.port=" + this.port);
		this.process = command(all).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(this.directory.resolve("console.log").toFile()))
			.start();
		awaitHealthy();
		return this;
	}

	/**
	 * Runs the jar as a command to its end (no server port is added), with these arguments after
	 * its own and {@code input} on its standard input; answers its exit code and output.
	 */
	public Result run(String input, String... commandArgs) throws IOException, InterruptedException {
		List<String> all = new ArrayList<>(this.args);
		all.addAll(List.of(commandArgs));
		Process command = command(all).redirectErrorStream(true).start();
		CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> {
			try {
				return new String(command.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		command.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
		command.getOutputStream().close();
		if (!command.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
			command.destroyForcibly();
			throw new IllegalStateException(String.join(" ", commandArgs) + " did not end within " + COMMAND_TIMEOUT);
		}
		try {
			return new Result(command.exitValue(), output.get(10, TimeUnit.SECONDS));
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("Could not read the output of " + String.join(" ", commandArgs), ex);
		}
	}

	/** Sends SIGTERM, as systemd does, and waits for the process to end; answers its exit code. */
	public int stop() throws InterruptedException {
		started().destroy();
		if (!this.process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
			throw new IllegalStateException(this.jar.getFileName() + " did not stop within " + STOP_TIMEOUT
					+ " of SIGTERM; its console:\n" + console());
		}
		return this.process.exitValue();
	}

	/** Kills it with SIGKILL, as a crash or the kernel's OOM killer would: nothing of it cleans up. */
	public void kill() throws InterruptedException {
		started().destroyForcibly();
		if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
			throw new IllegalStateException(this.jar.getFileName() + " was still running 30 s after SIGKILL");
		}
	}

	/** Everything its starts have printed so far. */
	public String console() {
		Path console = this.directory.resolve("console.log");
		try {
			return Files.exists(console) ? Files.readString(console) : "";
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Stops it gracefully, so that what it started (an embedded PostgreSQL) stops too; kills it if that fails. */
	@Override
	public void close() {
		if (this.process == null || !this.process.isAlive()) {
			return;
		}
		try {
			stop();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.process.destroyForcibly();
		}
		catch (RuntimeException ex) {
			this.process.destroyForcibly();
		}
	}

	private Process started() {
		if (this.process == null) {
			throw new IllegalStateException(this.jar.getFileName() + " was never started");
		}
		return this.process;
	}

	private ProcessBuilder command(List<String> args) {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-jar", this.jar.toString()));
		command.addAll(args);
		ProcessBuilder builder = new ProcessBuilder(command).directory(this.directory.toFile());
		builder.environment().putAll(this.environment);
		return builder;
	}

	private void awaitHealthy() throws InterruptedException {
		HttpClient.Builder client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2));
		HttpClient http = ((this.tls != null) ? client.sslContext(this.tls) : client).build();
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
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	/** How a command of the jar ended: its exit code and everything it printed. */
	public record Result(int exitCode, String output) {

	}

}

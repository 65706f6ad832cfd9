package io.carve.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged service jar running as a process of its own, started the way an operator starts
 * it. Its console goes to {@code console.log} in its working directory, anew at each start.
 */
final class ServiceProcess implements AutoCloseable {

	private static final Pattern LISTENING = Pattern.compile("Listening on http://[^:]+:(\\d+) ");

	private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

	private final Process process;

	private final Path console;

	private ServiceProcess(Process process, Path console) {
		this.process = process;
		this.console = console;
	}

	/** Starts {@code java -jar <service jar> args} in the directory with these extra variables. */
	static ServiceProcess start(Path directory, Map<String, String> environment, String... args) {
		Path console = directory.resolve("console.log");
		ProcessBuilder builder = command(directory, environment, args).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.to(console.toFile()));
		try {
			return new ServiceProcess(builder.start(), console);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Runs a command of the jar to its end, feeding it {@code input}; answers its exit code and output. */
	static Result run(Path directory, Map<String, String> environment, String input, String... args)
			throws IOException, InterruptedException {
		Process process = command(directory, environment, args).redirectErrorStream(true).start();
		process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
		process.getOutputStream().close();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException("The command did not end within 60 s; its output:\n" + output);
		}
		return new Result(process.exitValue(), output);
	}

	/** Waits until the service says where it listens; answers the port. */
	int awaitListening() throws InterruptedException {
		Instant deadline = Instant.now().plus(START_TIMEOUT);
		while (Instant.now().isBefore(deadline)) {
			Matcher matcher = LISTENING.matcher(console());
			if (matcher.find()) {
				return Integer.parseInt(matcher.group(1));
			}
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The service exited with " + this.process.exitValue()
						+ " before listening; its console:\n" + console());
			}
			Thread.sleep(200);
		}
		throw new IllegalStateException("The service did not listen within " + START_TIMEOUT + "; its console:\n"
				+ console());
	}

	/** Sends SIGTERM, as systemd does, and waits for the process to end; answers its exit code. */
	int stop() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
			throw new IllegalStateException("The service did not stop within 60 s of SIGTERM; its console:\n" + console());
		}
		return this.process.exitValue();
	}

	/** Kills the JVM with SIGKILL, as a crash or the OOM killer would: nothing of it gets to clean up. */
	void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor(30, TimeUnit.SECONDS);
	}

	/** Everything the process has printed so far. */
	String console() {
		try {
			return Files.exists(this.console) ? Files.readString(this.console) : "";
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		this.process.destroyForcibly();
	}

	private static ProcessBuilder command(Path directory, Map<String, String> environment, String... args) {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-jar", jar().toString()));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
		builder.environment().putAll(environment);
		return builder;
	}

	private static Path jar() {
		String jar = System.getProperty("service.jar");
		if (jar == null || !Files.isRegularFile(Path.of(jar))) {
			throw new IllegalStateException("System property service.jar names no jar (" + jar
					+ "); run these tests with './mvnw verify', which packages the jar first.");
		}
		return Path.of(jar);
	}

	/** How a command of the jar ended. */
	record Result(int exitCode, String output) {

	}

}

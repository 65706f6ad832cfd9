package io.carve.bench.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A Java program of the benchmark running as a process of its own, its console in a log file:
 * started, waited for until its readiness URL answers 200 (the time that took is its start-up
 * time), measured (resident memory, CPU time), and stopped as its service manager would.
 */
final class ServiceProcess implements AutoCloseable {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

	private static final Duration POLL = Duration.ofMillis(20);

	/** Stopped when the run ends, however it ends (an error, Ctrl-C), so none is left behind. */
	private static final Set<ServiceProcess> RUNNING = ConcurrentHashMap.newKeySet();

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(ServiceProcess::close)));
	}

	private final String name;

	private final Process process;

	private final long startedNanos;

	private final Path log;

	private final URI base;

	private ServiceProcess(String name, Process process, long startedNanos, Path log, URI base) {
		this.name = name;
		this.process = process;
		this.startedNanos = startedNanos;
		this.log = log;
		this.base = base;
	}

	/** Starts {@code command}, which serves HTTP on {@code port} of this machine once ready. */
	static ServiceProcess start(String name, List<String> command, int port, Path log, Map<String, String> environment) {
		try {
			Files.createDirectories(log.getParent());
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(log.toFile());
			builder.environment().putAll(environment);
			long started = System.nanoTime();
			ServiceProcess process = new ServiceProcess(name, builder.start(), started, log,
					URI.create("http://127.0.0.1:" + port));
			RUNNING.add(process);
			return process;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start " + name + ": " + command, ex);
		}
	}

	/** The command line of {@code java [jvmOptions] -jar jar [arguments]}. */
	static List<String> javaJar(Path java, List<String> jvmOptions, Path jar, List<String> arguments) {
		List<String> command = new ArrayList<>();
		command.add(java.toString());
		command.addAll(jvmOptions);
		command.add("-jar");
		command.add(jar.toString());
		command.addAll(arguments);
		return command;
	}

	URI uri(String path) {
		return this.base.resolve(path);
	}

	/** Waits until {@code path} answers 200 and returns how long after its launch that was. */
	Duration awaitReady(String path, Duration timeout) {
		HttpRequest request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(2)).build();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(this.name + " stopped while starting; see " + this.log);
			}
			try {
				if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return Duration.ofNanos(System.nanoTime() - this.startedNanos);
				}
			}
			catch (IOException ex) {
				// Not listening yet.
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for " + this.name, ex);
			}
			sleep(POLL);
		}
		throw new IllegalStateException(this.name + " was not ready within " + timeout + "; see " + this.log);
	}

	/**
	 * Asks for {@code path} once and fails unless it answers 200: the first call of a path pays for
	 * what is set up lazily (the gateway's Feign client and load balancer), which no load should time.
	 */
	void prime(String path) {
		HttpRequest request = HttpRequest.newBuilder(uri(path)).timeout(Launcher.START_TIMEOUT).build();
		try {
			int status = HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
			if (status != 200) {
				throw new IllegalStateException(this.name + " answered " + path + " with " + status + "; see " + this.log);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(this.name + " did not answer " + path + "; see " + this.log, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while asking " + this.name, ex);
		}
	}

	/** Waits for the process to end by itself (a training run does) and fails unless it ends well. */
	void awaitExit(Duration timeout) {
		try {
			if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				close();
				throw new IllegalStateException(this.name + " did not end within " + timeout + "; see " + this.log);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for " + this.name, ex);
		}
		if (this.process.exitValue() != 0) {
			throw new IllegalStateException(
					this.name + " ended with status " + this.process.exitValue() + "; see " + this.log);
		}
	}

	/** Resident memory of the JVM's process now, in MiB, as {@code VmRSS} in {@code /proc}. */
	double rssMib() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(this.process.pid()), "status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the memory of " + this.name, ex);
		}
		throw new IllegalStateException("No VmRSS for " + this.name);
	}

	ProcessHandle handle() {
		return this.process.toHandle();
	}

	/** Stops it as systemd would: SIGTERM, time for a graceful shutdown, then SIGKILL. */
	@Override
	public void close() {
		RUNNING.remove(this);
		this.process.destroy();
		try {
			if (!this.process.waitFor(40, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.process.destroyForcibly();
		}
	}

	static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

}

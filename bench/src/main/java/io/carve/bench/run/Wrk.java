package io.carve.bench.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs wrk, with a Lua script joined from the parts in {@code wrk/} that the load needs, and
 * reads the line of results the script prints.
 */
final class Wrk {

	private static final String RESULT = "WRK_RESULT ";

	private final Path scripts;

	private final AtomicInteger runs = new AtomicInteger();

	Wrk(Path scripts) {
		this.scripts = scripts;
	}

	/** Fails unless wrk can be run, saying how to install it. */
	static String version() {
		try {
			Process process = new ProcessBuilder("wrk", "-v").redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			process.waitFor(10, TimeUnit.SECONDS);
			return output.lines().findFirst().orElse("wrk").replaceFirst("\\s*Copyright.*", "");
		}
		catch (IOException ex) {
			throw new IllegalStateException("wrk is missing: install it (Debian: apt-get install wrk)", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

	LoadResult run(Load load) {
		int run = this.runs.incrementAndGet();
		Path script = this.scripts.resolve("load-" + run + ".lua");
		List<String> command = new ArrayList<>(List.of("wrk", "-t", Integer.toString(load.threads()), "-c",
				Integer.toString(load.connections()), "-d", load.duration().toSeconds() + "s", "--timeout",
				load.timeout().toSeconds() + "s", "-s", script.toString(), load.url().toString(), "--"));
		command.add("threads=" + load.threads());
		command.add("tag=" + ProcessHandle.current().pid() + "r" + run);
		if (load.rate() > 0) {
			command.add("rate=" + load.rate());
		}
		if (load.body() != Body.NONE) {
			command.add("body=" + load.body().name().toLowerCase());
		}
		load.headers().forEach((name, value) -> command.add("header=" + name + ":" + value));
		try {
			Files.createDirectories(this.scripts);
			Files.writeString(script, script(load));
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			process.waitFor();
			return output.lines()
				.filter((line) -> line.startsWith(RESULT))
				.findFirst()
				.map((line) -> LoadResult.parse(line.substring(RESULT.length())))
				.orElseThrow(() -> new IllegalStateException("wrk printed no result: " + command + "\n" + output));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not run wrk", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

	private static String script(Load load) throws IOException {
		StringBuilder script = new StringBuilder(part("report"));
		if (load.rate() > 0) {
			script.append(part("pace"));
		}
		if (load.body() != Body.NONE) {
			script.append(part("post"));
		}
		if (load.countStatuses()) {
			script.append(part("statuses"));
		}
		return script.toString();
	}

	private static String part(String name) throws IOException {
		try (InputStream part = Wrk.class.getResourceAsStream("/wrk/" + name + ".lua")) {
			return new String(part.readAllBytes(), StandardCharsets.UTF_8) + "\n";
		}
	}

	/** What the requests carry: nothing (GET), or a new model to create, in JSON or in XML. */
	enum Body {

		NONE, JSON, XML

	}

	/**
	 * One load.
	 *
	 * @param url what every request asks for
	 * @param connections how many connections send requests, each one after the answer to the last
	 * @param duration how long it lasts
	 * @param rate requests per second to pace it at, or 0 for as many as the connections get answered
	 * @param body what the requests carry
	 * @param headers added to every request
	 * @param countStatuses whether to count the answers by status (costs wrk some CPU)
	 */
	record Load(URI url, int connections, Duration duration, double rate, Body body, Map<String, String> headers,
			boolean countStatuses) {

		static Load get(URI url, int connections, Duration duration) {
			return new Load(url, connections, duration, 0, Body.NONE, Map.of("Accept", "application/json"), false);
		}

		Load paced(double requestsPerSecond) {
			return new Load(this.url, this.connections, this.duration, requestsPerSecond, this.body, this.headers,
					this.countStatuses);
		}

		Load withConnections(int count) {
			return new Load(this.url, count, this.duration, this.rate, this.body, this.headers, this.countStatuses);
		}

		Load lasting(Duration length) {
			return new Load(this.url, this.connections, length, this.rate, this.body, this.headers, this.countStatuses);
		}

		Load posting(Body content, String mediaType) {
			Map<String, String> carried = new LinkedHashMap<>();
			carried.put("Content-Type", mediaType);
			carried.put("Accept", mediaType);
			return new Load(this.url, this.connections, this.duration, this.rate, content, carried, this.countStatuses);
		}

		Load countingStatuses() {
			return new Load(this.url, this.connections, this.duration, this.rate, this.body, this.headers, true);
		}

		int threads() {
			return Math.min(2, this.connections);
		}

		/** Long enough that a slow answer is measured, not cut off. */
		Duration timeout() {
			return Duration.ofSeconds(10);
		}

	}

}

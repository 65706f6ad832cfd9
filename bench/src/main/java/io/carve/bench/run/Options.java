package io.carve.bench.run;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What a run does and where, from {@code bench/run}'s arguments: {@code --smoke} for a tiny load
 * (seconds per scenario, to prove the command works; its figures mean nothing),
 * {@code --out <dir>} for the results, {@code --work <dir>} for logs and data.
 *
 * @param smoke whether this is a smoke run
 * @param repository the repository's root, where the service jars are built
 * @param out where results.json and results.md go
 * @param work where the services' logs, databases and archives go, emptied first
 * @param java the JDK the services normally run on (the one running this program)
 * @param java25 a JDK 25, for virtual threads and the AOT cache
 * @param durations how long each kind of load lasts
 */
record Options(boolean smoke, Path repository, Path out, Path work, Path java, Path java25, Durations durations) {

	static Options parse(String[] args) {
		boolean smoke = false;
		Path repository = Path.of("").toAbsolutePath();
		Path out = null;
		Path work = null;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--smoke" -> smoke = true;
				case "--repository" -> repository = Path.of(args[++i]).toAbsolutePath();
				case "--out" -> out = Path.of(args[++i]).toAbsolutePath();
				case "--work" -> work = Path.of(args[++i]).toAbsolutePath();
				default -> throw new IllegalArgumentException("Unknown argument '" + args[i]
						+ "'; bench/run takes --smoke, --no-build, --out <dir> and --work <dir>.");
			}
		}
		Path bench = repository.resolve("bench");
		if (out == null) {
			out = smoke ? bench.resolve("target/smoke-results") : bench.resolve("results");
		}
		if (work == null) {
			work = bench.resolve(smoke ? "target/smoke-work" : "target/work");
		}
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		return new Options(smoke, repository, out, work, java, namedJava25(), smoke ? Durations.SMOKE : Durations.FULL);
	}

	Path jar(String module) {
		return this.repository.resolve(module).resolve("target").resolve(module + ".jar");
	}

	/** The JDK 25 that {@code bench/run} found, or was given: its home in {@code BENCH_JAVA25}. */
	private static Path namedJava25() {
		String home = System.getenv("BENCH_JAVA25");
		if (home == null || home.isBlank()) {
			throw new IllegalStateException(
					"BENCH_JAVA25 names no JDK 25: start the benchmark with bench/run, which finds one.");
		}
		return Path.of(home, "bin", "java");
	}

	/**
	 * How long each load lasts.
	 *
	 * @param warmUp load before each measurement, not measured, so the JIT has compiled the path;
	 * none if zero
	 * @param measure each measured load: at saturation (all rounds together), at half of it, against
	 * concurrency
	 * @param rounds how many turns the saturation loads of the endpoints take, one after another
	 * @param startupRepeats starts of each service per way of starting it; the median counts
	 * @param startupWarmUp load on each started service before its RSS is read
	 */
	record Durations(Duration warmUp, Duration measure, int rounds, int startupRepeats, Duration startupWarmUp) {

		static final Durations FULL = new Durations(Duration.ofSeconds(10), Duration.ofSeconds(15), 3, 3,
				Duration.ofSeconds(10));

		static final Durations SMOKE = new Durations(Duration.ZERO, Duration.ofSeconds(1), 1, 1, Duration.ofSeconds(1));

	}

}

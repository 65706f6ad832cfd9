package io.carve.bench.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import io.carve.bench.run.Throughput.Measured;

/**
 * The benchmark that {@code bench/run} runs: starts the platform, drives each scenario with wrk,
 * and writes results.json and results.md. See bench/README.md.
 */
public final class Benchmark {

	private Benchmark() {
	}

	public static void main(String[] args) throws IOException, InterruptedException {
		Options options = Options.parse(args);
		Progress progress = new Progress();
		Report report = new Report();
		Environment.describe(report, options);
		deleteRecursively(options.work());
		Files.createDirectories(options.work());
		Wrk wrk = new Wrk(options.work().resolve("wrk"));
		Launcher launcher = new Launcher(options);
		progress.say("starting model-service, the gateway, the legacy stand-in and the bare endpoint; logs in %s",
				launcher.logs());
		try (Platform platform = Platform.start(options, launcher)) {
			Bench bench = new Bench(options, launcher, platform, wrk, progress);
			Measured gatewayById = new Throughput(bench).run(report);
			report.table(new Table("memory-under-load", "Memory after the loads above",
					"RSS of each JVM process after the throughput loads, started with java -jar and the JVM's defaults.")
				.column("service", "service")
				.column("rssMib", "RSS MiB"))
				.row("model-service", "service", "model-service", "rssMib", platform.modelService.rssMib())
				.row("gateway", "service", "gateway", "rssMib", platform.gateway.rssMib())
				.row("bare", "service", "bare endpoint", "rssMib", platform.bare.rssMib());
			new SlowUpstream(bench).run(report);
			new Startup(bench).run(report);
			new FailFast(bench).run(report, Math.max(50, gatewayById.halfLoad().rate()));
		}
		report.fact("load average after (1, 5, 15 min)", Environment.loadAverage());
		report.write(options.out());
		progress.say("results in %s", options.out().resolve("results.md"));
	}

	private static void deleteRecursively(Path directory) throws IOException {
		if (Files.exists(directory)) {
			try (Stream<Path> paths = Files.walk(directory)) {
				for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(path);
				}
			}
		}
	}

}

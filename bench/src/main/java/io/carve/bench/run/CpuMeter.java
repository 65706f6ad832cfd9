package io.carve.bench.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The CPU time that the processes of the benchmark have used, each under a name, so that what a
 * request costs each of them (the gateway, model-service, its PostgreSQL) can be read from a load.
 */
final class CpuMeter {

	private final Map<String, Supplier<Stream<ProcessHandle>>> watched = new LinkedHashMap<>();

	/** Counts the CPU time of this process under {@code name}. */
	void watch(String name, ServiceProcess process) {
		this.watched.put(name, () -> Stream.of(process.handle()));
	}

	/** Counts the CPU time of the PostgreSQL server of this data directory and its backends. */
	void watchPostgres(String name, Path dataDirectory) {
		this.watched.put(name, () -> {
			try {
				List<String> lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
				return ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
					.map((server) -> Stream.concat(Stream.of(server), server.descendants()))
					.orElseGet(Stream::empty);
			}
			catch (IOException | RuntimeException ex) {
				return Stream.empty();
			}
		});
	}

	void forget(String name) {
		this.watched.remove(name);
	}

	/** CPU time used so far by each watched name. */
	Map<String, Duration> read() {
		Map<String, Duration> used = new LinkedHashMap<>();
		this.watched.forEach((name, processes) -> used.put(name, processes.get()
			.map((process) -> process.info().totalCpuDuration().orElse(Duration.ZERO))
			.reduce(Duration.ZERO, Duration::plus)));
		return used;
	}

	/** CPU time each name used between two readings. */
	static Map<String, Duration> spent(Map<String, Duration> before, Map<String, Duration> after) {
		Map<String, Duration> spent = new LinkedHashMap<>();
		after.forEach((name, used) -> spent.put(name, used.minus(before.getOrDefault(name, Duration.ZERO))));
		return spent;
	}

	/** Milliseconds of CPU per request between two readings, for each name that used any. */
	static Map<String, Double> perRequest(Map<String, Duration> before, Map<String, Duration> after, long requests) {
		Map<String, Double> cost = new LinkedHashMap<>();
		after.forEach((name, used) -> {
			Duration spent = used.minus(before.getOrDefault(name, Duration.ZERO));
			if (requests > 0 && spent.toNanos() > 0) {
				cost.put(name, spent.toNanos() / 1e6 / requests);
			}
		});
		return cost;
	}

}

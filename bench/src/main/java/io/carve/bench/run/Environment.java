package io.carve.bench.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;

/** Facts about the machine and the run that the figures depend on, for the report. */
final class Environment {

	private Environment() {
	}

	static void describe(Report report, Options options) {
		report.fact("date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
		report.fact("mode", options.smoke() ? "smoke (a tiny load: the figures mean nothing)" : "full");
		report.fact("commit", output(options.repository(), "git", "describe", "--always", "--dirty"));
		report.fact("machine", Runtime.getRuntime().availableProcessors() + " cores (" + cpuModel() + "), "
				+ memoryGib() + " GiB RAM, Linux " + System.getProperty("os.version"));
		report.fact("load average before (1, 5, 15 min)", loadAverage());
		report.fact("JDK", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
		report.fact("JDK 25", output(options.repository(), options.java25().toString(), "-version").lines()
			.filter((line) -> line.contains("Runtime Environment"))
			.findFirst()
			.orElse(options.java25().toString()));
		report.fact("load tool", Wrk.version());
		report.fact("durations", String.format("warm-up %d s, each measured load %d s, %d start(s) per way",
				options.durations().warmUp().toSeconds(), options.durations().measure().toSeconds(),
				options.durations().startupRepeats()));
	}

	/** The 1, 5 and 15 minute load averages, as {@code uptime} shows them. */
	static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return fields[0] + ", " + fields[1] + ", " + fields[2];
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	static long memoryGib() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
				if (line.startsWith("MemTotal:")) {
					return Math.round(Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0);
				}
			}
		}
		catch (IOException ex) {
			// Unknown.
		}
		return 0;
	}

	private static String cpuModel() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
				if (line.startsWith("model name")) {
					return line.substring(line.indexOf(':') + 1).trim();
				}
			}
		}
		catch (IOException ex) {
			// Unknown.
		}
		return "unknown CPU";
	}

	private static String output(Path directory, String... command) {
		try {
			Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
			process.waitFor(30, TimeUnit.SECONDS);
			return output;
		}
		catch (IOException ex) {
			return "unknown";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "unknown";
		}
	}

}

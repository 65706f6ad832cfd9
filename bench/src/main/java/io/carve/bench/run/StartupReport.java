package io.carve.bench.run;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.carve.bench.run.Startup.Sample;

/**
 * The start-up table (medians of the starts of each service in each way) and its two targets:
 * start-up at most {@value Startup#STARTUP_TARGET} of the plain jar's, and resident memory.
 */
final class StartupReport {

	private final Report report;

	private final Map<String, List<StartWay>> ways;

	private final Map<String, List<Sample>> samples;

	StartupReport(Report report, Map<String, List<StartWay>> ways, Map<String, List<Sample>> samples) {
		this.report = report;
		this.ways = ways;
		this.samples = samples;
	}

	void write() {
		Table table = this.report.table(new Table("startup", "Start-up and memory",
				"From launch until /actuator/health/readiness answers 200 (model-service: on an existing database),"
						+ " median of the starts; RSS of the JVM's process after a warm-up load (model-service's"
						+ " PostgreSQL is a process of its own, not counted). Ratio: against java -jar on the same JDK.")
			.column("service", "service")
			.column("way", "how started")
			.column("readySeconds", "ready s")
			.column("ratio", "ratio to java -jar")
			.column("rssMib", "RSS MiB after warm-up")
			.column("starts", "starts"));
		List<String> startupMeasured = new ArrayList<>();
		List<String> rssMeasured = new ArrayList<>();
		boolean startupMet = true;
		boolean rssMet = true;
		for (Map.Entry<String, List<StartWay>> service : this.ways.entrySet()) {
			double best = Double.MAX_VALUE;
			for (StartWay way : service.getValue()) {
				List<Sample> starts = this.samples.get(service.getKey() + "/" + way.id());
				double ready = median(starts.stream().map((sample) -> sample.ready().toMillis() / 1000.0).toList());
				double rss = median(starts.stream().map(Sample::rssMib).toList());
				double plain = readySeconds(service.getKey(), plainOn(way));
				double ratio = ready / plain;
				table.row(service.getKey() + "/" + way.id(), "service", service.getKey(), "way", way.label(),
						"readySeconds", ready, "ratio", ratio, "rssMib", rss, "starts", starts.size());
				if (!way.id().endsWith("jar")) {
					startupMeasured.add(service.getKey() + " " + way.id() + " " + Table.rounded(ratio) + "x");
					best = Math.min(best, ratio);
				}
				if (way.id().equals("jar")) {
					rssMeasured.add(service.getKey() + " " + Table.rounded(rss) + " MiB");
					rssMet &= rss <= Startup.RSS_TARGET_MIB;
				}
			}
			startupMet &= best <= Startup.STARTUP_TARGET;
		}
		this.report.target(new Target("startup", "start-up to ready at most " + Startup.STARTUP_TARGET
				+ "x the plain jar", String.join(", ", startupMeasured), startupMet,
				"Against java -jar on the same JDK. The packages start java -jar today; an archive is trained per"
						+ " build of the jar and JDK (one start that stops once the context is refreshed)."));
		this.report.target(new Target("rss", "at most " + (int) Startup.RSS_TARGET_MIB
				+ " MiB RSS per service after warm-up", String.join(", ", rssMeasured) + " (java -jar)", rssMet,
				rssMet ? "java -jar with the JVM's defaults, as the packages start it (no JAVA_OPTS)."
						: "java -jar with the JVM's defaults, as the packages start it (no JAVA_OPTS): the JVM sizes"
								+ " its heap from the machine's RAM (" + Environment.memoryGib() + " GiB here: an"
								+ " initial heap of 1/64 of it, "
								+ Math.round(Environment.memoryGib() * 1024 / 64.0) + " MiB, growing to 1/4), and"
								+ " fills it before it collects; classes, JIT code and threads come on top."));
	}

	private static String plainOn(StartWay way) {
		return way.id().startsWith("jdk25") ? "jdk25-jar" : "jar";
	}

	private double readySeconds(String service, String wayId) {
		return median(this.samples.get(service + "/" + wayId)
			.stream()
			.map(Sample::ready)
			.map(Duration::toMillis)
			.map((millis) -> millis / 1000.0)
			.toList());
	}

	static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted(Comparator.naturalOrder()).toList();
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

}

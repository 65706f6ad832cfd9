package io.carve.bench.run;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one wrk load measured. Latencies are of answered requests, in milliseconds; errors are
 * wrk's: connections refused or broken, requests timed out, and answers with a status of 400 or more.
 *
 * @param requests answers received
 * @param seconds how long the load lasted
 * @param p50 median latency
 * @param p90 90th percentile
 * @param p99 99th percentile
 * @param max slowest answer
 * @param socketErrors connect, read and write errors
 * @param timeouts requests unanswered within the timeout
 * @param statusErrors answers with a status of 400 or more
 * @param statuses answers by status, when they were counted
 */
record LoadResult(long requests, double seconds, double p50, double p90, double p99, double max, long socketErrors,
		long timeouts, long statusErrors, Map<Integer, Long> statuses) {

	/** Reads the {@code key=value} pairs that {@code wrk/report.lua} prints. */
	static LoadResult parse(String line) {
		Map<String, String> values = new HashMap<>();
		for (String pair : line.trim().split(" ")) {
			int equals = pair.indexOf('=');
			values.put(pair.substring(0, equals), pair.substring(equals + 1));
		}
		Map<Integer, Long> statuses = new TreeMap<>();
		for (String count : values.getOrDefault("statuses", "").split(",")) {
			if (!count.isEmpty()) {
				String[] statusAndCount = count.split(":");
				statuses.merge(Integer.parseInt(statusAndCount[0]), Long.parseLong(statusAndCount[1]), Long::sum);
			}
		}
		return new LoadResult(Long.parseLong(values.get("requests")),
				Long.parseLong(values.get("duration_us")) / 1e6, millis(values.get("p50_us")),
				millis(values.get("p90_us")), millis(values.get("p99_us")), millis(values.get("max_us")),
				Long.parseLong(values.get("connect_errors")) + Long.parseLong(values.get("read_errors"))
						+ Long.parseLong(values.get("write_errors")),
				Long.parseLong(values.get("timeouts")), Long.parseLong(values.get("status_errors")), statuses);
	}

	/** Answers per second. */
	double rate() {
		return this.requests / this.seconds;
	}

	/** Requests that failed in any way wrk sees. */
	long errors() {
		return this.socketErrors + this.timeouts + this.statusErrors;
	}

	private static double millis(String micros) {
		return Double.parseDouble(micros) / 1000.0;
	}

}

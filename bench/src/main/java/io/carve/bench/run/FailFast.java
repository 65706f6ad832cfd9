package io.carve.bench.run;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import io.carve.bench.run.Wrk.Load;

/**
 * model-service stopped: once the gateway's circuit is open, how fast its 503 answers come, at the
 * rate of the gateway's half load. The load runs through the circuit's half-open probes (every 5 s,
 * 3 calls let through), as callers would.
 */
final class FailFast {

	static final double P99_TARGET_MS = 20;

	/** Enough failed calls to open the circuit: its window is 20 calls, at least 10, half failed. */
	private static final int FAILURES_TO_OPEN = 20;

	private final Bench bench;

	FailFast(Bench bench) {
		this.bench = bench;
	}

	void run(Report report, double rate) throws IOException, InterruptedException {
		this.bench.platform().modelService.close();
		this.bench.platform().cpu.forget(Platform.MODEL_SERVICE);
		this.bench.platform().cpu.forget(Platform.POSTGRES);
		openTheCircuit();
		Load load = Load.get(this.bench.platform().gateway.uri("/api/custom/1"), Throughput.PACED,
				this.bench.durations().measure()).paced(rate);
		// Like every other path, the open circuit's answer is measured warm.
		if (!this.bench.durations().warmUp().isZero()) {
			this.bench.wrk().run(load.lasting(this.bench.durations().warmUp()));
		}
		LoadResult answers = this.bench.wrk().run(load.countingStatuses());
		long unavailable = answers.statuses().getOrDefault(503, 0L);
		report.table(new Table("fail-fast", "Fail-fast: model-service down, circuit open",
				"model-service stopped; the gateway's circuit opened by " + FAILURES_TO_OPEN + " failed calls first;"
						+ " then GET /api/custom/1 paced at the gateway's half-load rate, after a warm-up at that rate.")
			.column("rateRps", "req/s")
			.column("answers", "answers")
			.column("answers503", "of them 503")
			.column("p50Ms", "p50 ms")
			.column("p99Ms", "p99 ms")
			.column("maxMs", "max ms")
			.column("otherErrors", "unanswered"))
			.row("gateway-get-model-service-down", "rateRps", answers.rate(), "answers", answers.requests(),
					"answers503", unavailable, "p50Ms", answers.p50(), "p99Ms", answers.p99(), "maxMs", answers.max(),
					"otherErrors", answers.socketErrors() + answers.timeouts());
		boolean met = answers.p99() <= P99_TARGET_MS && unavailable == answers.requests();
		// Every 5 s the half-open circuit lets 3 calls try model-service, with retries, before it re-opens.
		long probes = 3 * (long) Math.ceil(answers.seconds() / 5);
		double probeShare = 100.0 * probes / Math.max(1, answers.requests());
		report.target(new Target("fail-fast", "fail-fast p99 at most " + (int) P99_TARGET_MS + " ms",
				Table.rounded(answers.p99()) + " ms", met,
				String.format("%d of %d answers were 503, the slowest in %.0f ms. About %d were half-open probes,"
						+ " which try model-service again with retries and take hundreds of ms: %.2f %% of the answers,"
						+ " %s the p99.", unavailable, answers.requests(), answers.max(), probes, probeShare,
						(probeShare < 1) ? "too few to set" : "enough to set")));
		this.bench.progress().say("fail-fast: %d answers, %d of them 503, p50 %.2f ms, p99 %.2f ms", answers.requests(),
				unavailable, answers.p50(), answers.p99());
	}

	private void openTheCircuit() throws InterruptedException {
		HttpClient http = HttpClient.newHttpClient();
		HttpRequest request = HttpRequest.newBuilder(this.bench.platform().gateway.uri("/api/custom/1"))
			.timeout(Duration.ofSeconds(10))
			.build();
		for (int attempt = 0; attempt < 10; attempt++) {
			List<CompletableFuture<HttpResponse<Void>>> calls = IntStream.range(0, FAILURES_TO_OPEN)
				.mapToObj((i) -> http.sendAsync(request, HttpResponse.BodyHandlers.discarding()))
				.toList();
			CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).exceptionally((failure) -> null).join();
			try {
				HttpResponse<Void> answer = http.send(request, HttpResponse.BodyHandlers.discarding());
				// The circuit's wait in the open state, 5 s, is what an open circuit tells callers to wait.
				if (answer.statusCode() == 503
						&& answer.headers().firstValue("Retry-After").filter("5"::equals).isPresent()) {
					return;
				}
			}
			catch (IOException ex) {
				// Try again.
			}
		}
		throw new IllegalStateException("The gateway's circuit to model-service did not open; see "
				+ "the gateway's log");
	}

}

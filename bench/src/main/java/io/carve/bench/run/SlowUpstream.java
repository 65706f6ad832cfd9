package io.carve.bench.run;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.carve.bench.run.Wrk.Load;

/**
 * The gateway in front of a model-service that takes {@value #DELAY_MS} ms per call (the bare
 * endpoint with a delay, on virtual threads so it is never the limit): its throughput against
 * the number of concurrent callers, on JDK 25, with virtual threads and with platform threads.
 * The gateway's bulkhead and HTTP client pool are opened wide ({@value #LIMIT}), so what limits it
 * is the gateway itself: its request threads, or its CPU.
 */
final class SlowUpstream {

	static final int DELAY_MS = 100;

	static final int[] CONCURRENCY = { 50, 200, 1000 };

	static final double TARGET_SHARE = 0.8;

	/** Bulkhead, connection pool and Tomcat's accept queue of the gateway under test. */
	static final int LIMIT = 2000;

	private final Bench bench;

	SlowUpstream(Bench bench) {
		this.bench = bench;
	}

	void run(Report report) {
		Table table = report.table(new Table("slow-upstream", "Slow upstream: " + DELAY_MS + " ms per call",
				"The gateway on JDK 25 in front of a stand-in model-service answering after " + DELAY_MS + " ms;"
						+ " N connections as fast as answers come. Ideal: N / " + DELAY_MS / 1000.0 + " s. The"
						+ " gateway's bulkhead and connection pool set to " + LIMIT + "; Tomcat's defaults otherwise"
						+ " (200 request threads when they are platform threads).")
			.column("threads", "gateway's request threads")
			.column("concurrency", "concurrent callers")
			.column("rps", "req/s")
			.column("idealRps", "ideal req/s")
			.column("share", "share of ideal")
			.column("p50Ms", "p50 ms")
			.column("p99Ms", "p99 ms")
			.column("gatewayCpuMsPerRequest", "gateway CPU ms per request")
			.column("errors", "errors"));
		List<String> virtualShares = new ArrayList<>();
		String missed = null;
		try (ServiceProcess upstream = this.bench.launcher().bare("slow-model-service", this.bench.options().java25(),
				"--bare.delay=" + DELAY_MS + "ms", "--spring.threads.virtual.enabled=true",
				"--server.tomcat.accept-count=" + LIMIT)) {
			upstream.awaitReady("/api/v1/models/1", Launcher.START_TIMEOUT);
			for (boolean virtual : new boolean[] { true, false }) {
				String threads = virtual ? "virtual" : "platform";
				try (ServiceProcess gateway = startGateway(threads, virtual, upstream)) {
					for (int concurrency : CONCURRENCY) {
						Point point = measure(gateway, concurrency);
						LoadResult result = point.result();
						table.row(threads + "-" + concurrency, "threads", threads, "concurrency", concurrency, "rps",
								result.rate(), "idealRps", point.ideal(), "share", point.share(), "p50Ms", result.p50(),
								"p99Ms", result.p99(), "gatewayCpuMsPerRequest", point.gatewayCpuMs(), "errors",
								result.errors());
						this.bench.progress().say("slow upstream, %s threads, %d callers: %.0f req/s (%.2f of ideal),"
								+ " p99 %.0f ms, %d errors", threads, concurrency, result.rate(), point.share(),
								result.p99(), result.errors());
						if (virtual) {
							virtualShares.add(concurrency + ": " + Table.rounded(point.share()));
							if (missed == null && (point.share() < TARGET_SHARE || result.errors() > 0)) {
								missed = point.whyMissed();
							}
						}
					}
				}
			}
		}
		report.target(new Target("slow-upstream",
				"slow upstream: gateway at least " + TARGET_SHARE + " x concurrency / 0.1 s up to 1,000 callers",
				"virtual threads, share of ideal by callers: " + String.join(", ", virtualShares), missed == null,
				(missed != null) ? missed
						: "With virtual threads a call waiting on model-service holds no platform thread; bulkhead and"
								+ " connection pool set to " + LIMIT + "."));
	}

	private Point measure(ServiceProcess gateway, int concurrency) {
		Load load = Load.get(gateway.uri("/api/custom/1"), concurrency, this.bench.durations().measure());
		if (!this.bench.durations().warmUp().isZero()) {
			this.bench.wrk().run(load.lasting(this.bench.durations().warmUp()));
		}
		CpuMeter cpu = new CpuMeter();
		cpu.watch(Platform.GATEWAY, gateway);
		Map<String, Duration> before = cpu.read();
		LoadResult result = this.bench.wrk().run(load);
		double gatewayCpu = CpuMeter.perRequest(before, cpu.read(), result.requests()).getOrDefault(Platform.GATEWAY, 0.0);
		return new Point(concurrency, result, concurrency * 1000.0 / DELAY_MS, gatewayCpu);
	}

	private ServiceProcess startGateway(String threads, boolean virtual, ServiceProcess upstream) {
		Options options = this.bench.options();
		ServiceProcess gateway = this.bench.launcher().gateway("gateway-" + threads + "-threads", options.java25(),
				List.of(), options.jar("gateway-legacy-adapter"), upstream.uri("/"), this.bench.platform().legacy.uri("/"),
				"--spring.threads.virtual.enabled=" + virtual,
				"--resilience4j.bulkhead.instances.model-service.max-concurrent-calls=" + LIMIT,
				"--spring.cloud.openfeign.httpclient.max-connections=" + LIMIT,
				"--spring.cloud.openfeign.httpclient.max-connections-per-route=" + LIMIT,
				"--server.tomcat.accept-count=" + LIMIT);
		gateway.awaitReady(Launcher.READINESS, Launcher.START_TIMEOUT);
		gateway.prime("/api/custom/1");
		return gateway;
	}

	/**
	 * One load of the gateway.
	 *
	 * @param concurrency callers, each sending its next request once answered
	 * @param result what wrk measured
	 * @param ideal the rate if every answer took exactly the upstream's delay
	 * @param gatewayCpuMs milliseconds of the gateway's CPU per request
	 */
	private record Point(int concurrency, LoadResult result, double ideal, double gatewayCpuMs) {

		double share() {
			return this.result.rate() / this.ideal;
		}

		String whyMissed() {
			return String.format("Missed from %d callers: %.0f of %.0f req/s, %d errors. The gateway spent %.2f ms of"
					+ " CPU per request, so the ideal rate needs %.1f cores for the gateway alone; the machine has %d,"
					+ " shared with the stand-in and wrk.", this.concurrency, this.result.rate(), this.ideal,
					this.result.errors(), this.gatewayCpuMs, this.gatewayCpuMs * this.ideal / 1000,
					Runtime.getRuntime().availableProcessors());
		}

	}

}

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

	private final Options options;

	private final Launcher launcher;

	private final Platform platform;

	private final Wrk wrk;

	private final Progress progress;

	SlowUpstream(Options options, Launcher launcher, Platform platform, Wrk wrk, Progress progress) {
		this.options = options;
		this.launcher = launcher;
		this.platform = platform;
		this.wrk = wrk;
		this.progress = progress;
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
		try (ServiceProcess upstream = this.launcher.bare("slow-model-service", this.options.java25(),
				"--bare.delay=" + DELAY_MS + "ms", "--spring.threads.virtual.enabled=true",
				"--server.tomcat.accept-count=" + LIMIT)) {
			upstream.awaitReady("/api/v1/models/1", Launcher.START_TIMEOUT);
			for (boolean virtual : new boolean[] { true, false }) {
				String threads = virtual ? "virtual" : "platform";
				try (ServiceProcess gateway = startGateway(threads, virtual, upstream)) {
					CpuMeter cpu = new CpuMeter();
					cpu.watch(Platform.GATEWAY, gateway);
					for (int concurrency : CONCURRENCY) {
						Load load = Load.get(gateway.uri("/api/custom/1"), concurrency, this.options.durations().measure());
						if (!this.options.durations().warmUp().isZero()) {
							this.wrk.run(load.lasting(this.options.durations().warmUp()));
						}
						Map<String, Duration> before = cpu.read();
						LoadResult result = this.wrk.run(load);
						double gatewayCpu = CpuMeter.perRequest(before, cpu.read(), result.requests())
							.getOrDefault(Platform.GATEWAY, 0.0);
						double ideal = concurrency * 1000.0 / DELAY_MS;
						double share = result.rate() / ideal;
						table.row(threads + "-" + concurrency, "threads", threads, "concurrency", concurrency, "rps",
								result.rate(), "idealRps", ideal, "share", share, "p50Ms", result.p50(), "p99Ms",
								result.p99(), "gatewayCpuMsPerRequest", gatewayCpu, "errors", result.errors());
						this.progress.say("slow upstream, %s threads, %d callers: %.0f req/s (%.2f of ideal), p99 %.0f ms,"
								+ " %d errors", threads, concurrency, result.rate(), share, result.p99(), result.errors());
						if (virtual) {
							virtualShares.add(concurrency + ": " + Table.rounded(share));
							if (missed == null && (share < TARGET_SHARE || result.errors() > 0)) {
								missed = whyMissed(concurrency, result, ideal, gatewayCpu);
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

	private static String whyMissed(int concurrency, LoadResult result, double ideal, double gatewayCpuMs) {
		return String.format("Missed from %d callers: %.0f of %.0f req/s, %d errors. The gateway spent %.2f ms of CPU per"
				+ " request, so the ideal rate needs %.1f cores for the gateway alone; the machine has %d, shared with"
				+ " the stand-in and wrk.", concurrency, result.rate(), ideal, result.errors(), gatewayCpuMs,
				gatewayCpuMs * ideal / 1000, Runtime.getRuntime().availableProcessors());
	}

	private ServiceProcess startGateway(String threads, boolean virtual, ServiceProcess upstream) {
		ServiceProcess gateway = this.launcher.gateway("gateway-" + threads + "-threads", this.options.java25(), List.of(),
				this.options.jar("gateway-legacy-adapter"), upstream.uri("/"), this.platform.legacy.uri("/"),
				"--spring.threads.virtual.enabled=" + virtual,
				"--resilience4j.bulkhead.instances.model-service.max-concurrent-calls=" + LIMIT,
				"--spring.cloud.openfeign.httpclient.max-connections=" + LIMIT,
				"--spring.cloud.openfeign.httpclient.max-connections-per-route=" + LIMIT,
				"--server.tomcat.accept-count=" + LIMIT);
		gateway.awaitReady(Launcher.READINESS, Launcher.START_TIMEOUT);
		return gateway;
	}

}

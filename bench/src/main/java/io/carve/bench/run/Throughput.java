package io.carve.bench.run;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.carve.bench.run.Wrk.Body;
import io.carve.bench.run.Wrk.Load;

/**
 * Each endpoint at saturation (as many requests as {@value #SATURATING} connections get answered),
 * then paced at half that rate for its latency; the gateway's reads against the same reads
 * straight from model-service, and model-service against the bare endpoint.
 */
final class Throughput {

	/** Enough callers to keep two cores busy; fewer than the gateway's bulkhead (100) lets through. */
	static final int SATURATING = 32;

	/** Connections a paced load sends on: far more than the few requests in flight at half load. */
	static final int PACED = 16;

	private static final Route BARE = new Route("bare Spring MVC app (the floor)", List.of(Platform.BARE));

	private static final Route DIRECT = new Route("model-service", List.of(Platform.MODEL_SERVICE, Platform.POSTGRES));

	private static final Route THROUGH_GATEWAY = new Route("gateway, then model-service",
			List.of(Platform.GATEWAY, Platform.MODEL_SERVICE, Platform.POSTGRES));

	private final Platform platform;

	private final Wrk wrk;

	private final Options.Durations durations;

	private final Progress progress;

	Throughput(Platform platform, Wrk wrk, Options.Durations durations, Progress progress) {
		this.platform = platform;
		this.wrk = wrk;
		this.durations = durations;
		this.progress = progress;
	}

	/** Runs every load, adds the tables and targets, and returns the gateway's read by id. */
	Measured run(Report report) {
		Table table = report.table(new Table("throughput", "Throughput and latency",
				"Saturation: " + SATURATING + " connections as fast as answers come. Half load: paced at half of that"
						+ " rate on " + PACED + " connections; p50 and p99 of that paced load. CPU: milliseconds of"
						+ " CPU each process spent per request at saturation.")
			.column("endpoint", "endpoint")
			.column("servedBy", "served by")
			.column("saturationRps", "saturation req/s")
			.column("halfLoadRps", "half load req/s")
			.column("p50Ms", "p50 ms")
			.column("p99Ms", "p99 ms")
			.column("cpuMsPerRequest", "CPU ms per request")
			.column("errors", "errors"));
		Load bareGet = Load.get(this.platform.bare.uri("/api/v1/models/1"), SATURATING, this.durations.measure());
		Load directGet = Load.get(this.platform.modelService.uri("/api/v1/models/1"), SATURATING,
				this.durations.measure());
		Load directList = Load.get(this.platform.modelService.uri("/api/v1/models?page=0&size=100"), SATURATING,
				this.durations.measure());
		Load gatewayGet = Load.get(this.platform.gateway.uri("/api/custom/1"), SATURATING, this.durations.measure());
		Load gatewayList = Load.get(this.platform.gateway.uri("/api/custom"), SATURATING, this.durations.measure());
		Load directPost = Load.get(this.platform.modelService.uri("/api/v1/models"), SATURATING,
				this.durations.measure());

		Measured bare = measure(table, "bare-get", "GET /api/v1/models/1: a fixed model, no database", BARE, bareGet);
		Measured byId = measure(table, "direct-get", "GET /api/v1/models/1", DIRECT, directGet);
		Measured list = measure(table, "direct-list",
				"GET /api/v1/models?page=0&size=100 (" + Platform.MODELS + " models)", DIRECT, directList);
		Measured gatewayById = measure(table, "gateway-get", "GET /api/custom/1", THROUGH_GATEWAY, gatewayGet);
		Measured gatewayAll = measure(table, "gateway-list", "GET /api/custom (" + Platform.MODELS + " items)",
				THROUGH_GATEWAY, gatewayList);
		// Writes last: the reads above see the same 20 models.
		measure(table, "direct-post-json", "POST /api/v1/models, JSON", DIRECT,
				directPost.posting(Body.JSON, "application/json"));
		measure(table, "direct-post-xml", "POST /api/v1/models, XML", DIRECT,
				directPost.posting(Body.XML, "application/xml"));

		GatewayComparison comparison = new GatewayComparison(report);
		comparison.add("get", "GET by id", gatewayById, byId, directAtRateOf(gatewayById, directGet));
		comparison.add("list", "list", gatewayAll, list, directAtRateOf(gatewayAll, directList));
		comparison.targets();
		report.table(new Table("floor", "model-service against the floor",
				"GET by id from model-service (database, ETag, problem details, tracing) against the bare endpoint"
						+ " answering the same JSON from memory, on the same Spring Boot, Tomcat and JDK.")
			.column("endpoint", "endpoint")
			.column("serviceRps", "model-service req/s")
			.column("bareRps", "bare req/s")
			.column("ratio", "ratio")
			.column("serviceP50Ms", "model-service p50 ms")
			.column("bareP50Ms", "bare p50 ms"))
			.row("get-by-id", "endpoint", "GET /api/v1/models/1", "serviceRps", byId.saturation().rate(), "bareRps",
					bare.saturation().rate(), "ratio", byId.saturation().rate() / bare.saturation().rate(),
					"serviceP50Ms", byId.halfLoad().p50(), "bareP50Ms", bare.halfLoad().p50());
		return gatewayById;
	}

	private Measured measure(Table table, String id, String endpoint, Route route, Load load) {
		warmUp(load);
		Map<String, Duration> before = this.platform.cpu.read();
		LoadResult saturation = this.wrk.run(load);
		Map<String, Duration> after = this.platform.cpu.read();
		LoadResult halfLoad = this.wrk.run(load.withConnections(PACED).paced(saturation.rate() / 2));
		Map<String, Double> cpu = CpuMeter.perRequest(before, after, saturation.requests());
		cpu.keySet().retainAll(route.processes());
		Measured measured = new Measured(saturation, halfLoad, cpu);
		table.row(id, "endpoint", endpoint, "servedBy", route.label(), "saturationRps", saturation.rate(), "halfLoadRps",
				halfLoad.rate(), "p50Ms", halfLoad.p50(), "p99Ms", halfLoad.p99(), "cpuMsPerRequest",
				measured.cpuText(), "errors", saturation.errors() + halfLoad.errors());
		this.progress.say("%s: %.0f req/s at saturation; p50 %.2f ms, p99 %.2f ms at %.0f req/s; %d errors", endpoint,
				saturation.rate(), halfLoad.p50(), halfLoad.p99(), halfLoad.rate(),
				saturation.errors() + halfLoad.errors());
		return measured;
	}

	private void warmUp(Load load) {
		if (!this.durations.warmUp().isZero()) {
			this.wrk.run(load.lasting(this.durations.warmUp()));
		}
	}

	/** model-service alone at the rate the gateway's half load ran at, so the two latencies compare. */
	private LoadResult directAtRateOf(Measured gateway, Load direct) {
		return this.wrk.run(direct.withConnections(PACED).paced(gateway.saturation().rate() / 2));
	}

	/** Who serves a request: its name in the table, and the processes whose CPU it costs. */
	private record Route(String label, List<String> processes) {

	}

	/**
	 * A load at saturation and at half of it, with what each process spent per request at saturation.
	 *
	 * @param saturation the load as fast as answers came
	 * @param halfLoad the load paced at half of that
	 * @param cpuPerRequest milliseconds of CPU per request, by process
	 */
	record Measured(LoadResult saturation, LoadResult halfLoad, Map<String, Double> cpuPerRequest) {

		double cpu(String process) {
			return this.cpuPerRequest.getOrDefault(process, 0.0);
		}

		String cpuText() {
			return this.cpuPerRequest.entrySet()
				.stream()
				.map((entry) -> entry.getKey() + " " + Table.rounded(entry.getValue()))
				.collect(Collectors.joining(", "));
		}

	}

}

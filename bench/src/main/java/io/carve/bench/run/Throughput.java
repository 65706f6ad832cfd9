package io.carve.bench.run;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.carve.bench.run.Wrk.Body;
import io.carve.bench.run.Wrk.Load;

/**
 * Each endpoint at saturation (as many requests as {@value #SATURATING} connections get answered),
 * then paced at half that rate for its latency; the gateway's reads against the same reads
 * straight from model-service, and model-service against the bare endpoint. The saturation loads
 * of the reads take turns in short rounds, so that whatever else the machine does at the time
 * weighs on all of them alike and their ratios hold.
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

	private final Bench bench;

	Throughput(Bench bench) {
		this.bench = bench;
	}

	/** Runs every load, adds the tables and targets, and returns the gateway's read by id. */
	Measured run(Report report) {
		Options.Durations durations = this.bench.durations();
		Table table = report.table(new Table("throughput", "Throughput and latency", String.format("Saturation: %d"
				+ " connections as fast as answers come, %d round(s) of %d s taking turns with the other endpoints."
				+ " Half load: paced at half of that rate on %d connections for %d s; p50 and p99 of that paced load."
				+ " CPU: milliseconds of CPU each process spent per request at saturation.", SATURATING,
				durations.rounds(), slice().toSeconds(), PACED, durations.measure().toSeconds()))
			.column("endpoint", "endpoint")
			.column("servedBy", "served by")
			.column("saturationRps", "saturation req/s")
			.column("halfLoadRps", "half load req/s")
			.column("p50Ms", "p50 ms")
			.column("p99Ms", "p99 ms")
			.column("cpuMsPerRequest", "CPU ms per request")
			.column("errors", "errors"));
		Platform platform = this.bench.platform();
		Endpoint bare = new Endpoint("bare-get", "GET /api/v1/models/1: a fixed model, no database", BARE,
				platform.bare.uri("/api/v1/models/1"));
		Endpoint directGet = new Endpoint("direct-get", "GET /api/v1/models/1", DIRECT,
				platform.modelService.uri("/api/v1/models/1"));
		Endpoint directList = new Endpoint("direct-list",
				"GET /api/v1/models?page=0&size=100 (" + Platform.MODELS + " models)", DIRECT,
				platform.modelService.uri("/api/v1/models?page=0&size=100"));
		Endpoint gatewayGet = new Endpoint("gateway-get", "GET /api/custom/1", THROUGH_GATEWAY,
				platform.gateway.uri("/api/custom/1"));
		Endpoint gatewayList = new Endpoint("gateway-list", "GET /api/custom (" + Platform.MODELS + " items)",
				THROUGH_GATEWAY, platform.gateway.uri("/api/custom"));
		Load posts = Load.get(platform.modelService.uri("/api/v1/models"), SATURATING, Duration.ZERO);
		Endpoint postJson = new Endpoint("direct-post-json", "POST /api/v1/models, JSON", DIRECT,
				posts.posting(Body.JSON, "application/json"));
		Endpoint postXml = new Endpoint("direct-post-xml", "POST /api/v1/models, XML", DIRECT,
				posts.posting(Body.XML, "application/xml"));

		Map<Endpoint, Saturation> reads = saturate(List.of(bare, directGet, directList, gatewayGet, gatewayList));
		Measured floor = halfLoad(table, bare, reads);
		Measured byId = halfLoad(table, directGet, reads);
		Measured list = halfLoad(table, directList, reads);
		Measured gatewayById = halfLoad(table, gatewayGet, reads);
		LoadResult directAtGatewayByIdRate = atRateOf(gatewayById, directGet);
		Measured gatewayAll = halfLoad(table, gatewayList, reads);
		LoadResult directAtGatewayListRate = atRateOf(gatewayAll, directList);
		// Writes after every read, so that the reads all see the same 20 models.
		Map<Endpoint, Saturation> writes = saturate(List.of(postJson, postXml));
		halfLoad(table, postJson, writes);
		halfLoad(table, postXml, writes);

		GatewayComparison comparison = new GatewayComparison(report);
		comparison.add("get", "GET by id", gatewayById, byId, directAtGatewayByIdRate);
		comparison.add("list", "list", gatewayAll, list, directAtGatewayListRate);
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
					floor.saturation().rate(), "ratio", byId.saturation().rate() / floor.saturation().rate(),
					"serviceP50Ms", byId.halfLoad().p50(), "bareP50Ms", floor.halfLoad().p50());
		return gatewayById;
	}

	/** Each endpoint warmed up, then their saturation loads in turn, round after round. */
	private Map<Endpoint, Saturation> saturate(List<Endpoint> endpoints) {
		if (!this.bench.durations().warmUp().isZero()) {
			endpoints.forEach((endpoint) -> this.bench.wrk().run(endpoint.load().lasting(this.bench.durations().warmUp())));
		}
		CpuMeter cpu = this.bench.platform().cpu;
		Map<Endpoint, Saturation> saturation = new LinkedHashMap<>();
		for (int round = 0; round < this.bench.durations().rounds(); round++) {
			for (Endpoint endpoint : endpoints) {
				Map<String, Duration> before = cpu.read();
				LoadResult result = this.bench.wrk().run(endpoint.load().lasting(slice()));
				Saturation slice = new Saturation(result.requests(), result.seconds(), result.errors(),
						CpuMeter.spent(before, cpu.read()));
				saturation.merge(endpoint, slice, Saturation::plus);
			}
		}
		return saturation;
	}

	private Measured halfLoad(Table table, Endpoint endpoint, Map<Endpoint, Saturation> saturations) {
		Saturation saturation = saturations.get(endpoint);
		LoadResult halfLoad = this.bench.wrk().run(paced(endpoint, saturation.rate() / 2));
		Map<String, Double> cpu = saturation.cpuPerRequest();
		cpu.keySet().retainAll(endpoint.route().processes());
		Measured measured = new Measured(saturation, halfLoad, cpu);
		long errors = saturation.errors() + halfLoad.errors();
		table.row(endpoint.id(), "endpoint", endpoint.label(), "servedBy", endpoint.route().label(), "saturationRps",
				saturation.rate(), "halfLoadRps", halfLoad.rate(), "p50Ms", halfLoad.p50(), "p99Ms", halfLoad.p99(),
				"cpuMsPerRequest", measured.cpuText(), "errors", errors);
		this.bench.progress().say("%s: %.0f req/s at saturation; p50 %.2f ms, p99 %.2f ms at %.0f req/s; %d errors",
				endpoint.label(), saturation.rate(), halfLoad.p50(), halfLoad.p99(), halfLoad.rate(), errors);
		return measured;
	}

	/** model-service alone at the rate the gateway's half load ran at, so the two latencies compare. */
	private LoadResult atRateOf(Measured gateway, Endpoint direct) {
		return this.bench.wrk().run(paced(direct, gateway.saturation().rate() / 2));
	}

	private Load paced(Endpoint endpoint, double rate) {
		return endpoint.load().withConnections(PACED).lasting(this.bench.durations().measure()).paced(rate);
	}

	/** One saturation load's share of the measured time: the rounds add up to it. */
	private Duration slice() {
		return this.bench.durations().measure().dividedBy(this.bench.durations().rounds());
	}

	/** Who serves a request: its name in the table, and the processes whose CPU it costs. */
	private record Route(String label, List<String> processes) {

	}

	/**
	 * An endpoint under load: its id and name in the table, who serves it, and its load at
	 * saturation, whose duration each use sets.
	 */
	private record Endpoint(String id, String label, Route route, Load load) {

		Endpoint(String id, String label, Route route, URI uri) {
			this(id, label, route, Load.get(uri, SATURATING, Duration.ZERO));
		}

	}

	/**
	 * Saturation loads of one endpoint, added up.
	 *
	 * @param requests answers
	 * @param seconds time under load
	 * @param errors failed requests
	 * @param cpu CPU time each process spent meanwhile
	 */
	record Saturation(long requests, double seconds, long errors, Map<String, Duration> cpu) {

		double rate() {
			return this.requests / this.seconds;
		}

		Saturation plus(Saturation other) {
			Map<String, Duration> both = new LinkedHashMap<>(this.cpu);
			other.cpu.forEach((process, spent) -> both.merge(process, spent, Duration::plus));
			return new Saturation(this.requests + other.requests, this.seconds + other.seconds,
					this.errors + other.errors, both);
		}

		/** Milliseconds of CPU per answer, by process. */
		Map<String, Double> cpuPerRequest() {
			Map<String, Double> cost = new LinkedHashMap<>();
			this.cpu.forEach((process, spent) -> cost.put(process, spent.toNanos() / 1e6 / Math.max(1, this.requests)));
			return cost;
		}

	}

	/**
	 * A load at saturation and at half of it, with what each process spent per request at saturation.
	 *
	 * @param saturation the loads as fast as answers came
	 * @param halfLoad the load paced at half of that
	 * @param cpuPerRequest milliseconds of CPU per request, by process on the request's route
	 */
	record Measured(Saturation saturation, LoadResult halfLoad, Map<String, Double> cpuPerRequest) {

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

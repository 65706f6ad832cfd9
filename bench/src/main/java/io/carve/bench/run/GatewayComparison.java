package io.carve.bench.run;

import java.util.ArrayList;
import java.util.List;

import io.carve.bench.run.Throughput.Measured;

/**
 * The gateway's reads against the same reads straight from model-service: the throughput ratio,
 * and the latency the hop adds, both loads paced at the same rate (half the gateway's saturation).
 */
final class GatewayComparison {

	static final double THROUGHPUT_TARGET = 0.5;

	static final double ADDED_P50_TARGET_MS = 1.0;

	private final Report report;

	private final Table table;

	private final List<Row> rows = new ArrayList<>();

	GatewayComparison(Report report) {
		this.report = report;
		this.table = report.table(new Table("gateway", "Through the gateway against direct",
				"Ratio: the gateway's saturation throughput over model-service's for the same read. Latency: both paced"
						+ " at half the gateway's saturation rate; added = gateway minus direct.")
			.column("read", "read")
			.column("gatewayRps", "gateway req/s")
			.column("directRps", "direct req/s")
			.column("ratio", "ratio")
			.column("pacedRps", "paced at req/s")
			.column("gatewayP50Ms", "gateway p50 ms")
			.column("directP50Ms", "direct p50 ms")
			.column("addedP50Ms", "added p50 ms")
			.column("gatewayP99Ms", "gateway p99 ms")
			.column("directP99Ms", "direct p99 ms")
			.column("addedP99Ms", "added p99 ms"));
	}

	void add(String id, String read, Measured gateway, Measured direct, LoadResult directAtGatewayRate) {
		Row row = new Row(read, gateway, direct, directAtGatewayRate);
		this.rows.add(row);
		this.table.row(id, "read", read, "gatewayRps", gateway.saturation().rate(), "directRps",
				direct.saturation().rate(), "ratio", row.ratio(), "pacedRps", gateway.halfLoad().rate(), "gatewayP50Ms",
				gateway.halfLoad().p50(), "directP50Ms", directAtGatewayRate.p50(), "addedP50Ms", row.addedP50(),
				"gatewayP99Ms", gateway.halfLoad().p99(), "directP99Ms", directAtGatewayRate.p99(), "addedP99Ms",
				gateway.halfLoad().p99() - directAtGatewayRate.p99());
	}

	void targets() {
		boolean fastEnough = this.rows.stream().allMatch((row) -> row.ratio() >= THROUGHPUT_TARGET);
		StringBuilder why = new StringBuilder();
		for (Row row : this.rows) {
			// All processes share the machine's cores: a read through the gateway costs what it costs
			// model-service and PostgreSQL, plus the gateway's own CPU.
			double direct = row.direct.cpu(Platform.MODEL_SERVICE) + row.direct.cpu(Platform.POSTGRES);
			double through = row.gateway.cpu(Platform.GATEWAY) + row.gateway.cpu(Platform.MODEL_SERVICE)
					+ row.gateway.cpu(Platform.POSTGRES);
			why.append(String.format("%s: the gateway spends %.2f ms of CPU per request, model-service and PostgreSQL"
					+ " %.2f ms, on the same cores, so at most %.2f of direct. ", row.read,
					row.gateway.cpu(Platform.GATEWAY), direct, direct / through));
		}
		this.report.target(new Target("gateway-throughput",
				"gateway throughput at least " + THROUGHPUT_TARGET + "x direct", joined(Row::ratioText), fastEnough,
				(fastEnough ? "" : "Missed: ") + why.toString().trim()));
		boolean quickEnough = this.rows.stream().allMatch((row) -> row.addedP50() <= ADDED_P50_TARGET_MS);
		this.report.target(new Target("gateway-latency",
				"gateway adds at most " + ADDED_P50_TARGET_MS + " ms p50 at half load", joined(Row::addedText),
				quickEnough, "Both paced at half the gateway's saturation rate; the gateway's p50 minus model-service's"
						+ " own. A request through the gateway makes a second HTTP exchange (Feign, Apache HttpClient,"
						+ " JSON decoded and encoded again)."));
	}

	private String joined(java.util.function.Function<Row, String> text) {
		return String.join(", ", this.rows.stream().map(text).toList());
	}

	private record Row(String read, Measured gateway, Measured direct, LoadResult directAtGatewayRate) {

		double ratio() {
			return this.gateway.saturation().rate() / this.direct.saturation().rate();
		}

		double addedP50() {
			return this.gateway.halfLoad().p50() - this.directAtGatewayRate.p50();
		}

		String ratioText() {
			return this.read + " " + Table.rounded(ratio()) + "x";
		}

		String addedText() {
			return String.format("%s %+.2f ms", this.read, addedP50());
		}

	}

}

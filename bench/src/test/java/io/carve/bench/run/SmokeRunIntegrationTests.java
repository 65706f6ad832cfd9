package io.carve.bench.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What the build's smoke run of {@code bench/run --smoke} wrote (in the pre-integration-test
 * phase): every table with every row, every figure a number, every target judged, and the same
 * tables in Markdown. Skipped where the smoke run was (no wrk or no JDK 25 on this machine).
 */
class SmokeRunIntegrationTests {

	private static final Path RESULTS = Path.of(System.getProperty("bench.results", "target/smoke-results"));

	private static final Map<String, List<String>> ROWS = new LinkedHashMap<>();

	static {
		ROWS.put("throughput", List.of("bare-get", "direct-get", "direct-list", "gateway-get", "gateway-list",
				"direct-post-json", "direct-post-xml"));
		ROWS.put("gateway", List.of("get", "list"));
		ROWS.put("floor", List.of("get-by-id"));
		ROWS.put("memory-under-load", List.of("model-service", "gateway", "bare"));
		ROWS.put("slow-upstream", List.of("virtual-50", "virtual-200", "virtual-1000", "platform-50", "platform-200",
				"platform-1000"));
		List<String> startup = new ArrayList<>();
		for (String service : List.of("model-service", "gateway-legacy-adapter")) {
			for (String way : List.of("jar", "cds", "jdk25-jar", "jdk25-aot")) {
				startup.add(service + "/" + way);
			}
		}
		ROWS.put("startup", startup);
		ROWS.put("fail-fast", List.of("gateway-get-model-service-down"));
	}

	private static final Set<String> TEXT_COLUMNS = Set.of("endpoint", "servedBy", "cpuMsPerRequest", "read",
			"service", "way", "threads");

	private static JsonNode results;

	@BeforeAll
	static void readResults() throws IOException {
		Path written = RESULTS.resolve("results.json");
		results = Files.exists(written) ? JsonMapper.builder().build().readTree(written.toFile()) : null;
	}

	@BeforeEach
	void needsTheSmokeRun() {
		assumeTrue(results != null, "no smoke results: the build skipped the smoke run ([carve] SKIPPED above)");
	}

	@Test
	void writesEveryTableWithEveryRow() {
		Map<String, List<String>> written = new LinkedHashMap<>();
		for (JsonNode table : results.get("tables")) {
			List<String> ids = new ArrayList<>();
			table.get("rows").forEach((row) -> ids.add(row.get("id").asString()));
			written.put(table.get("id").asString(), ids);
		}
		assertThat(written).isEqualTo(ROWS);
	}

	@Test
	void givesEveryFigureAsANumber() {
		for (JsonNode table : results.get("tables")) {
			for (JsonNode row : table.get("rows")) {
				for (String column : table.get("columns").propertyNames()) {
					JsonNode value = row.get(column);
					String where = table.get("id").asString() + " " + row.get("id").asString() + " " + column;
					assertThat(value).as(where).isNotNull();
					if (TEXT_COLUMNS.contains(column)) {
						assertThat(value.isString()).as(where).isTrue();
					}
					else {
						assertThat(value.isNumber()).as(where + " is a number: " + value).isTrue();
					}
				}
			}
		}
	}

	@Test
	void answersEveryRequestOfTheThroughputLoadsWithoutErrors() {
		for (JsonNode row : table("throughput").get("rows")) {
			assertThat(row.get("saturationRps").asDouble()).as(row.get("id").asString()).isPositive();
			assertThat(row.get("halfLoadRps").asDouble()).as(row.get("id").asString()).isPositive();
			assertThat(row.get("errors").asLong()).as(row.get("id").asString()).isZero();
		}
	}

	@Test
	void answersEveryRequestWithA503WhileModelServiceIsDown() {
		JsonNode row = table("fail-fast").get("rows").get(0);
		assertThat(row.get("answers").asLong()).isPositive();
		assertThat(row.get("answers503").asLong()).isEqualTo(row.get("answers").asLong());
	}

	@Test
	void judgesEveryTarget() {
		List<String> ids = new ArrayList<>();
		for (JsonNode target : results.get("targets")) {
			ids.add(target.get("id").asString());
			assertThat(target.get("met").isBoolean()).as(target.toString()).isTrue();
			assertThat(target.get("measured").asString()).as(target.toString()).isNotBlank();
			assertThat(target.get("note").asString()).as(target.toString()).isNotBlank();
		}
		assertThat(ids).containsExactly("gateway-throughput", "gateway-latency", "slow-upstream", "startup", "rss",
				"fail-fast");
	}

	@Test
	void writesTheSameTablesAsMarkdown() throws IOException {
		List<String> lines = Files.readAllLines(RESULTS.resolve("results.md"));
		for (JsonNode table : results.get("tables")) {
			int heading = lines.indexOf("## " + table.get("title").asString());
			assertThat(heading).as(table.get("title").asString()).isNotNegative();
			long rows = lines.stream().skip(heading + 1).dropWhile((line) -> !line.startsWith("|")).takeWhile((line) -> line.startsWith("|")).count();
			// The header and the line under it, then one line per row.
			assertThat(rows).as(table.get("title").asString()).isEqualTo(2 + table.get("rows").size());
		}
		assertThat(lines).contains("## Targets");
	}

	private static JsonNode table(String id) {
		for (JsonNode table : results.get("tables")) {
			if (table.get("id").asString().equals(id)) {
				return table;
			}
		}
		throw new AssertionError("No table " + id);
	}

}

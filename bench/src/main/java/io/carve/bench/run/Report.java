package io.carve.bench.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The results of a run: facts about the run (machine, load, JDKs), tables of figures, and the
 * targets met or missed. Written as results.json and results.md.
 */
final class Report {

	private final Map<String, Object> run = new LinkedHashMap<>();

	private final List<Table> tables = new ArrayList<>();

	private final List<Target> targets = new ArrayList<>();

	void fact(String key, Object value) {
		this.run.put(key, value);
	}

	Table table(Table table) {
		this.tables.add(table);
		return table;
	}

	void target(Target target) {
		this.targets.add(target);
	}

	Map<String, Object> run() {
		return this.run;
	}

	List<Table> tables() {
		return this.tables;
	}

	List<Target> targets() {
		return this.targets;
	}

	void write(Path directory) throws IOException {
		Files.createDirectories(directory);
		Files.writeString(directory.resolve("results.json"), Json.write(asMap()) + "\n");
		Files.writeString(directory.resolve("results.md"), Markdown.write(this));
	}

	private Map<String, Object> asMap() {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("run", this.run);
		map.put("tables", this.tables.stream().map(Table::toMap).toList());
		map.put("targets", this.targets.stream().map(Target::toMap).toList());
		return map;
	}

}

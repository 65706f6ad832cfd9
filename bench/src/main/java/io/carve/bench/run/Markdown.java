package io.carve.bench.run;

import java.util.Map;

/** Writes a report as Markdown: the facts of the run, each table, then the targets. */
final class Markdown {

	private Markdown() {
	}

	static String write(Report report) {
		StringBuilder md = new StringBuilder("# Benchmark results\n\n");
		report.run().forEach((key, value) -> md.append("- ").append(key).append(": ").append(value).append('\n'));
		for (Table table : report.tables()) {
			md.append("\n## ").append(table.title()).append("\n\n").append(table.about()).append("\n\n|");
			table.columns().values().forEach((label) -> md.append(' ').append(cell(label)).append(" |"));
			md.append("\n|");
			table.columns().forEach((key, label) -> md.append("---|"));
			md.append('\n');
			for (Map<String, Object> row : table.rows()) {
				md.append('|');
				table.columns().keySet().forEach((key) -> md.append(' ').append(cell(row.get(key))).append(" |"));
				md.append('\n');
			}
		}
		md.append("\n## Targets\n\n| target | measured | met | how measured, or why missed |\n|---|---|---|---|\n");
		for (Target target : report.targets()) {
			md.append("| ").append(cell(target.target())).append(" | ").append(cell(target.measured())).append(" | ")
				.append(target.met() ? "yes" : "**no**").append(" | ").append(cell(target.note())).append(" |\n");
		}
		return md.toString();
	}

	private static String cell(Object value) {
		return (value == null) ? "" : value.toString().replace("|", "\\|").replace("\n", " ");
	}

}

package io.carve.bench.run;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One table of results: columns with a key (the field in results.json) and a label (the header in
 * results.md), and rows, each with an {@code id} that names it in both.
 */
final class Table {

	private final String id;

	private final String title;

	private final String about;

	private final Map<String, String> columns = new LinkedHashMap<>();

	private final List<Map<String, Object>> rows = new ArrayList<>();

	Table(String id, String title, String about) {
		this.id = id;
		this.title = title;
		this.about = about;
	}

	Table column(String key, String label) {
		this.columns.put(key, label);
		return this;
	}

	/** Adds a row from key, value pairs; numbers are kept to three significant digits. */
	Table row(String id, Object... keysAndValues) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("id", id);
		for (int i = 0; i < keysAndValues.length; i += 2) {
			String key = (String) keysAndValues[i];
			if (!key.equals("id") && !this.columns.containsKey(key)) {
				throw new IllegalArgumentException("No column " + key + " in " + this.id);
			}
			row.put(key, rounded(keysAndValues[i + 1]));
		}
		this.rows.add(row);
		return this;
	}

	String id() {
		return this.id;
	}

	String title() {
		return this.title;
	}

	String about() {
		return this.about;
	}

	Map<String, String> columns() {
		return this.columns;
	}

	List<Map<String, Object>> rows() {
		return this.rows;
	}

	Map<String, Object> toMap() {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("id", this.id);
		map.put("title", this.title);
		map.put("about", this.about);
		map.put("columns", this.columns);
		map.put("rows", this.rows);
		return map;
	}

	static Object rounded(Object value) {
		if (value instanceof Double number) {
			if (number.isNaN() || number.isInfinite()) {
				return null;
			}
			BigDecimal decimal = new BigDecimal(number).round(new MathContext(3));
			return (decimal.scale() <= 0) ? (Object) decimal.longValue() : (Object) decimal.doubleValue();
		}
		return value;
	}

}

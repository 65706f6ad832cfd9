package io.carve.bench.run;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Writes maps, lists, strings, numbers and booleans as indented JSON; the runner needs no library. */
final class Json {

	private Json() {
	}

	static String write(Object value) {
		StringBuilder json = new StringBuilder();
		write(value, json, "");
		return json.toString();
	}

	private static void write(Object value, StringBuilder json, String indent) {
		if (value == null) {
			json.append("null");
		}
		else if (value instanceof Map<?, ?> map) {
			writeEntries(map.entrySet().iterator(), json, indent, '{', '}', true);
		}
		else if (value instanceof List<?> list) {
			writeEntries(list.iterator(), json, indent, '[', ']', false);
		}
		else if (value instanceof Number || value instanceof Boolean) {
			json.append(value);
		}
		else {
			json.append(quoted(value.toString()));
		}
	}

	private static void writeEntries(Iterator<?> entries, StringBuilder json, String indent, char open, char close,
			boolean named) {
		json.append(open);
		String inner = indent + "  ";
		boolean first = true;
		while (entries.hasNext()) {
			Object entry = entries.next();
			json.append(first ? "\n" : ",\n").append(inner);
			first = false;
			if (named) {
				Map.Entry<?, ?> field = (Map.Entry<?, ?>) entry;
				json.append(quoted(field.getKey().toString())).append(": ");
				write(field.getValue(), json, inner);
			}
			else {
				write(entry, json, inner);
			}
		}
		json.append(first ? "" : "\n" + indent).append(close);
	}

	private static String quoted(String text) {
		StringBuilder quoted = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> quoted.append("\\\"");
				case '\\' -> quoted.append("\\\\");
				case '\n' -> quoted.append("\\n");
				case '\t' -> quoted.append("\\t");
				default -> {
					if (c < 0x20) {
						quoted.append(String.format("\\u%04x", (int) c));
					}
					else {
						quoted.append(c);
					}
				}
			}
		}
		return quoted.append('"').toString();
	}

}

package io.carve.gateway.shadow;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Compares two JSON trees as a client reads them: objects by field, in any order; arrays element
 * by element, in order; numbers by value ({@code 1} equals {@code 1.0}). A field missing on one
 * side, an array of another length, or a value of another JSON type is a {@code shape}
 * difference, another value of the same type a {@code body} one. Fields named in the ignored
 * set are skipped at any depth.
 */
final class JsonBodies {

	private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	static final String MISSING = "(missing)";

	private final Set<String> ignoredFields;

	JsonBodies(Set<String> ignoredFields) {
		this.ignoredFields = ignoredFields;
	}

	void compare(JsonNode legacy, JsonNode candidate, List<Difference> differences) {
		compare("$", legacy, candidate, differences);
	}

	private void compare(String path, JsonNode legacy, JsonNode candidate, List<Difference> differences) {
		if (legacy.getNodeType() != candidate.getNodeType()) {
			differences.add(new Difference(DifferenceKind.SHAPE, path, render(legacy), render(candidate)));
		}
		else if (legacy.isObject()) {
			compareObjects(path, legacy, candidate, differences);
		}
		else if (legacy.isArray()) {
			compareArrays(path, legacy, candidate, differences);
		}
		else if (legacy.isNumber() ? legacy.decimalValue().compareTo(candidate.decimalValue()) != 0
				: !legacy.equals(candidate)) {
			differences.add(new Difference(DifferenceKind.BODY, path, render(legacy), render(candidate)));
		}
	}

	private void compareObjects(String path, JsonNode legacy, JsonNode candidate, List<Difference> differences) {
		Set<String> names = new TreeSet<>();
		legacy.properties().stream().map(Map.Entry::getKey).forEach(names::add);
		candidate.properties().stream().map(Map.Entry::getKey).forEach(names::add);
		names.removeAll(this.ignoredFields);
		for (String name : names) {
			String field = path + (PLAIN_NAME.matcher(name).matches() ? "." + name : "['" + name.replace("'", "\\'") + "']");
			JsonNode left = legacy.get(name);
			JsonNode right = candidate.get(name);
			if (left == null || right == null) {
				differences.add(new Difference(DifferenceKind.SHAPE, field, render(left), render(right)));
			}
			else {
				compare(field, left, right, differences);
			}
		}
	}

	private void compareArrays(String path, JsonNode legacy, JsonNode candidate, List<Difference> differences) {
		int size = Math.max(legacy.size(), candidate.size());
		for (int i = 0; i < size; i++) {
			String element = path + "[" + i + "]";
			if (i >= legacy.size() || i >= candidate.size()) {
				differences.add(new Difference(DifferenceKind.SHAPE, element, render(legacy.get(i)), render(candidate.get(i))));
			}
			else {
				compare(element, legacy.get(i), candidate.get(i), differences);
			}
		}
	}

	/** The value as JSON text, strings quoted and escaped as JSON writes them. */
	private static String render(JsonNode node) {
		return (node != null) ? node.toString() : MISSING;
	}

}

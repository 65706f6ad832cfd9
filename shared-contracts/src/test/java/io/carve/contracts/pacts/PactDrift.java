package io.carve.contracts.pacts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * How a pact the consumer tests wrote differs from the committed one, interaction by
 * interaction. Metadata (such as the Pact JVM version) and the order of interactions are not
 * part of the contract and are ignored.
 */
public final class PactDrift {

	private static final JsonMapper json = JsonMapper.builder().build();

	private PactDrift() {
	}

	/** One line per interaction added, removed or changed; empty when the two pacts agree. */
	public static List<String> between(String generated, String committed) {
		Map<String, JsonNode> now = interactions(generated);
		Map<String, JsonNode> before = interactions(committed);
		List<String> differences = new ArrayList<>();
		now.forEach((key, interaction) -> {
			if (!before.containsKey(key)) {
				differences.add("added:   " + key);
			}
			else if (!before.get(key).equals(interaction)) {
				differences.add("changed: " + key);
			}
		});
		before.keySet().stream().filter((key) -> !now.containsKey(key)).forEach((key) -> differences.add("removed: " + key));
		if (!participants(generated).equals(participants(committed))) {
			differences.add("changed: consumer or provider name");
		}
		differences.sort(Comparator.naturalOrder());
		return differences;
	}

	private static Map<String, JsonNode> interactions(String pact) {
		Map<String, JsonNode> byKey = new TreeMap<>();
		for (JsonNode interaction : json.readTree(pact).path("interactions")) {
			JsonNode states = interaction.path("providerStates");
			String key = "'" + interaction.path("description").asString() + "'"
					+ (states.isEmpty() ? "" : " given " + states);
			byKey.put(key, interaction);
		}
		return byKey;
	}

	private static String participants(String pact) {
		ObjectNode root = (ObjectNode) json.readTree(pact);
		return root.path("consumer").toString() + root.path("provider").toString();
	}

}

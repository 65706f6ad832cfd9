package io.carve.gateway;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's own properties, as the configuration processor found them in its
 * {@code @ConfigurationProperties} records, are those docs/configuration.md lists: a property
 * renamed or added without its row, or a row for a property that is gone, fails here.
 */
class ConfigurationDocsTests {

	private static final Pattern ROW = Pattern.compile("^\\| `((?:legacy|gateway)\\.[a-z0-9.-]+)`", Pattern.MULTILINE);

	@Test
	void documentsEveryPropertyOfTheGatewayAndNoOther() throws IOException, URISyntaxException {
		// The file the processor wrote for this module, not one of those in the dependencies' jars.
		Path classes = Path.of(GatewayApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		JsonNode metadata = JsonMapper.builder()
			.build()
			.readTree(Files.readString(classes.resolve("META-INF/spring-configuration-metadata.json")));
		List<String> properties = new ArrayList<>();
		metadata.get("properties").forEach((property) -> properties.add(property.get("name").asString()));

		List<String> documented = new ArrayList<>();
		Matcher row = ROW.matcher(Files.readString(Path.of("docs/configuration.md")));
		while (row.find()) {
			documented.add(row.group(1));
		}

		assertThat(properties).contains("gateway.auth.mode", "gateway.auth.monolith.check-url", "legacy.base-url");
		assertThat(documented).containsExactlyInAnyOrderElementsOf(properties);
	}

}

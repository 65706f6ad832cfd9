package io.carve.starter;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.AnnotatedElement;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import io.carve.starter.limits.RequestLimitsProperties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.util.StringUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code carve.*} properties are the starter's contract with every service's configuration:
 * the metadata that the configuration processor writes must list each of them, with its default,
 * so IDEs complete them and a renamed one cannot go unnoticed.
 */
class ConfigurationMetadataTests {

	/** Every property a service may set, with its default as the metadata gives it. */
	private static final Map<String, String> DOCUMENTED = documented();

	private static final List<String> DEFAULT_SETTINGS = List.of("io/carve/starter/service-defaults.yml",
			"io/carve/starter/data-defaults.yml", "io/carve/starter/client-defaults.yml");

	private static Map<String, JsonNode> metadata;

	private static Map<String, String> documented() {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("carve.problems.enabled", "true");
		properties.put("carve.trace-id.enabled", "true");
		properties.put("carve.limits.enabled", "true");
		properties.put("carve.limits.max-request-body", "64KB");
		properties.put("carve.limits.body-read-timeout", "20s");
		properties.put("carve.limits.max-concurrent-bodies", "100");
		properties.put("carve.strict-json.enabled", "true");
		properties.put("carve.openapi.enabled", "true");
		properties.put("carve.openapi.description", "Every error is an RFC 9457 problem, in JSON or XML.");
		properties.put("carve.openapi.license.name", "");
		properties.put("carve.openapi.license.identifier", "");
		properties.put("carve.openapi.license.url", "");
		properties.put("carve.logging.listen-address.enabled", "true");
		properties.put("carve.logging.escape.enabled", "true");
		properties.put("carve.xml.replace-unwritable.enabled", "true");
		properties.put("carve.reload.on-hangup", "true");
		properties.put("carve.idempotency.enabled", "true");
		properties.put("carve.idempotency.ttl", "24h");
		properties.put("carve.clients.idempotency-keys.enabled", "true");
		properties.put("carve.data.enabled", "true");
		properties.put("carve.paging.max-page-size", "100");
		properties.put("carve.embedded-database.enabled", "true");
		properties.put("carve.embedded-database.data-directory", "data/postgres");
		properties.put("carve.embedded-database.port", "0");
		properties.put("carve.clients.enabled", "true");
		properties.put("carve.clients.retry-budget.share", "0.1");
		properties.put("carve.clients.retry-budget.reserve", "10");
		properties.put("carve.tls.enabled", "true");
		properties.put("carve.tls.certificate", "");
		properties.put("carve.tls.private-key", "");
		properties.put("carve.tls.ca", "");
		properties.put("carve.tls.server-enabled", "true");
		properties.put("carve.security.enabled", "true");
		properties.put("carve.security.allowed-callers", "");
		return properties;
	}

	@BeforeAll
	static void readMetadata() throws IOException, URISyntaxException {
		// The file the processor wrote for this module, not one of the many in the dependencies' jars.
		Path classes = Path.of(RequestLimitsProperties.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		JsonNode root = JsonMapper.builder()
			.build()
			.readTree(Files.readString(classes.resolve("META-INF/spring-configuration-metadata.json")));
		metadata = new LinkedHashMap<>();
		root.get("properties").forEach((property) -> metadata.put(property.get("name").asString(), property));
	}

	@Test
	void listsEveryCarvePropertyAndNoOther() {
		assertThat(new TreeSet<>(carveProperties())).containsExactlyElementsOf(new TreeSet<>(DOCUMENTED.keySet()));
	}

	@Test
	void givesEachPropertyItsDefaultAndADescription() {
		DOCUMENTED.forEach((name, defaultValue) -> {
			JsonNode property = metadata.get(name);
			assertThat(property).as(name).isNotNull();
			assertThat(property.path("defaultValue").asString()).as("default of " + name).isEqualTo(defaultValue);
			assertThat(property.path("description").asString()).as("description of " + name).isNotBlank();
		});
	}

	@Test
	void listsEverySwitchTheAutoConfigurationsRead() throws IOException {
		Set<String> read = new TreeSet<>();
		for (Class<?> type : autoConfigurations()) {
			read.addAll(propertiesReadBy(type));
		}
		assertThat(read).as("properties read by the auto-configurations' conditions")
			.isNotEmpty()
			.allSatisfy((name) -> assertThat(metadata).as("metadata").containsKey(name));
		assertThat(read).contains("carve.problems.enabled", "carve.embedded-database.enabled");
	}

	@Test
	void listsEveryCarvePropertyTheDefaultSettingsSet() throws IOException {
		Set<String> set = new TreeSet<>();
		for (String file : DEFAULT_SETTINGS) {
			for (PropertySource<?> source : new YamlPropertySourceLoader().load(file, new ClassPathResource(file))) {
				Arrays.stream(((EnumerablePropertySource<?>) source).getPropertyNames())
					.filter((name) -> name.startsWith("carve."))
					.forEach(set::add);
			}
		}
		assertThat(set).isNotEmpty().allSatisfy((name) -> assertThat(metadata).containsKey(name));
	}

	@Test
	void documentsEveryPropertyInTheReadme() throws IOException {
		String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
		assertThat(carveProperties()).allSatisfy((name) -> assertThat(readme).contains("`" + name + "`"));
	}

	private static List<String> carveProperties() {
		return metadata.keySet().stream().filter((name) -> name.startsWith("carve.")).toList();
	}

	private static List<Class<?>> autoConfigurations() throws IOException {
		ClassPathResource imports = new ClassPathResource(
				"META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports");
		try (InputStream in = imports.getInputStream()) {
			List<Class<?>> types = new ArrayList<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (StringUtils.hasText(line) && !line.startsWith("#")) {
					types.add(load(line.strip()));
				}
			}
			return types;
		}
	}

	/** The properties named by the conditions of a configuration, its nested and imported ones and its beans. */
	private static Set<String> propertiesReadBy(Class<?> type) {
		Set<String> names = new TreeSet<>();
		List<AnnotatedElement> elements = new ArrayList<>();
		elements.add(type);
		elements.addAll(Arrays.asList(type.getDeclaredMethods()));
		elements.forEach((element) -> names.addAll(propertiesNamedOn(element)));
		Stream.concat(Arrays.stream(type.getDeclaredClasses()),
				MergedAnnotations.from(type).stream(Import.class).flatMap((i) -> Arrays.stream(i.getClassArray("value"))))
			.forEach((inner) -> names.addAll(propertiesReadBy(inner)));
		return names;
	}

	private static Set<String> propertiesNamedOn(AnnotatedElement element) {
		Set<String> names = new TreeSet<>();
		MergedAnnotations annotations = MergedAnnotations.from(element);
		Stream.concat(annotations.stream(ConditionalOnBooleanProperty.class), annotations.stream(ConditionalOnProperty.class))
			.forEach((condition) -> names.addAll(namesOf(condition)));
		return names;
	}

	private static List<String> namesOf(MergedAnnotation<?> condition) {
		String prefix = condition.getString("prefix");
		return Stream.concat(Arrays.stream(condition.getStringArray("value")),
				Arrays.stream(condition.getStringArray("name")))
			.map((name) -> StringUtils.hasText(prefix) ? prefix.replaceAll("\\.$", "") + "." + name : name)
			.toList();
	}

	private static Class<?> load(String name) {
		try {
			return Class.forName(name);
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException("The imports file names a class that does not exist: " + name, ex);
		}
	}

}

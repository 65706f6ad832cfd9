package io.carve.archetype;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * model-service and a service generated from the archetype (the integration test project
 * {@code basic}, billing-service) keep the same layout: the same files under the same names, told
 * apart only by what a new service adds and what it leaves to model-service. A file added to or
 * removed from either side fails this test until the other follows (or the difference is listed
 * here, on purpose).
 */
class ServiceLayoutIntegrationTests {

	private static final Path MODEL_SERVICE = Path.of(System.getProperty("platform.root", ".."), "model-service");

	private static final Path GENERATED = Path.of(System.getProperty("generated.projects", "target/test-classes/projects"),
			"basic", "project", "billing-service");

	/** What a generated service has that model-service does not: its calls to model-service, and a build of its own. */
	private static final Set<String> ONLY_GENERATED = Set.of(".gitignore", "mvnw", "mvnw.cmd",
			".mvn/wrapper/maven-wrapper.properties", "src/main/java/<package>/system/RemoteServices.java",
			"src/main/resources/remote-services.properties",
			"src/test/java/<package>/contracts/ModelServiceClientPactTests.java",
			"src/test/java/<package>/contracts/CommittedPactDriftTests.java");

	/** What only model-service has: the tests of the Pact Broker wiring, which every service shares. */
	private static final Set<String> ONLY_MODEL_SERVICE = Set.of(
			"src/test/java/<package>/contracts/PactBrokerVerificationTests.java",
			"src/test/java/<package>/contracts/StubPactBroker.java");

	private static final Pattern DEPENDENCY = Pattern
		.compile("<dependency>\\s*(?:<!--.*?-->\\s*)?<groupId>([^<]+)</groupId>\\s*<artifactId>([^<]+)</artifactId>", Pattern.DOTALL);

	private static final Pattern PLUGIN = Pattern
		.compile("<plugin>\\s*(?:<!--.*?-->\\s*)?<groupId>([^<]+)</groupId>\\s*<artifactId>([^<]+)</artifactId>", Pattern.DOTALL);

	@Test
	void hasTheFilesOfModelServiceUnderTheNewName() throws IOException {
		Set<String> expected = layout(MODEL_SERVICE, "io/carve/model", "ModelService", "model-service");
		expected.removeAll(ONLY_MODEL_SERVICE);
		expected.addAll(ONLY_GENERATED);
		Set<String> generated = layout(GENERATED, "io/carve/billing", "BillingService", "billing-service");
		assertThat(generated).containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void buildsWithTheDependenciesAndPluginsOfModelService() throws IOException {
		String reference = Files.readString(MODEL_SERVICE.resolve("pom.xml"));
		String generated = Files.readString(GENERATED.resolve("pom.xml"));
		assertThat(coordinates(DEPENDENCY, generated)).containsAll(coordinates(DEPENDENCY, reference))
			.contains("io.carve:shared-contracts", "au.com.dius.pact.consumer:junit5");
		assertThat(coordinates(PLUGIN, generated)).isEqualTo(coordinates(PLUGIN, reference));
	}

	/** The files of a service, its own names replaced by placeholders so two services compare. */
	private static Set<String> layout(Path service, String packagePath, String className, String name) throws IOException {
		assertThat(service).as("a service folder; the archetype's integration tests generate it").isDirectory();
		Set<String> files = new TreeSet<>();
		try (Stream<Path> paths = Files.walk(service)) {
			paths.filter(Files::isRegularFile)
				.map((file) -> service.relativize(file).toString().replace('\\', '/'))
				.filter((file) -> !file.startsWith("target/") && !file.startsWith("data/") && !file.endsWith(".log"))
				.map((file) -> file.replace(packagePath, "<package>").replace(className, "<Service>").replace(name, "<service>"))
				.forEach(files::add);
		}
		return files;
	}

	private static Set<String> coordinates(Pattern pattern, String pom) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = pattern.matcher(pom);
		while (matcher.find()) {
			found.add(matcher.group(1) + ":" + matcher.group(2));
		}
		return found;
	}

}

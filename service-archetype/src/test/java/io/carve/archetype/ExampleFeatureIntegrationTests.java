package io.carve.archetype;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.carve.archetype.ArchetypeGenerator.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example feature of a generated service is there to be deleted: without its package, its
 * migration and its tests, the service still builds, and still starts on its database with no
 * entity and no migration. The service calls model-service, so that this one build also runs the
 * consumer wiring's Pact tests (the {@code client} project only compares its files).
 */
class ExampleFeatureIntegrationTests {

	@TempDir
	Path folder;

	@Test
	void aServiceWithoutTheExampleFeatureStillBuildsAndStarts() throws Exception {
		ArchetypeGenerator generator = new ArchetypeGenerator(this.folder);
		Result generated = generator.generate(this.folder, "artifactId=billing-service", "port=8090",
				"callsModelService=true");
		assertThat(generated.exitCode()).as(generated.output()).isZero();
		Path service = this.folder.resolve("billing-service");

		delete(service.resolve("src/main/java/io/carve/billing/greetings"));
		delete(service.resolve("src/test/java/io/carve/billing/greetings"));
		delete(service.resolve("src/main/resources/db/migration/V1__create_greetings.sql"));
		Result build = generator.build(service, "verify");

		assertThat(build.exitCode()).as(build.output()).isZero();
		assertThat(build.output())
			.containsPattern(passed(3, "io.carve.billing.BillingServiceApplicationIntegrationTests"))
			.containsPattern(passed(2, "io.carve.billing.contracts.ModelServiceClientPactTests"));
		try (Stream<Path> sources = Files.walk(service.resolve("src"))) {
			assertThat(sources.filter(Files::isRegularFile).map(Path::toString))
				.noneMatch((file) -> file.toLowerCase().contains("greeting"));
		}
	}

	/** Surefire's line for a test class whose tests all ran and passed. */
	private static String passed(int tests, String testClass) {
		return "Tests run: " + tests + ", Failures: 0, Errors: 0, Skipped: 0, Time elapsed: [0-9.]+ s -- in "
				+ Pattern.quote(testClass);
	}

	private static void delete(Path path) throws IOException {
		assertThat(path).exists();
		try (Stream<Path> files = Files.walk(path)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

}

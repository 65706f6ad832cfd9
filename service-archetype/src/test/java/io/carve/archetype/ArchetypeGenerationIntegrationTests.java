package io.carve.archetype;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.carve.archetype.ArchetypeGenerator.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code archetype:generate} as a user runs it, in batch mode: bad properties are refused with a
 * message that says what to give instead, and nothing is left behind; inside the platform's folder
 * the new service becomes a module of its reactor, delivered by the platform's pipeline, and
 * elsewhere it keeps a wrapper and a pipeline of its own.
 */
class ArchetypeGenerationIntegrationTests {

	private static final Path PLATFORM = Path.of(System.getProperty("platform.root", "..")).toAbsolutePath().normalize();

	@TempDir
	Path folder;

	private ArchetypeGenerator generator;

	@BeforeEach
	void stageSettings() throws IOException {
		this.generator = new ArchetypeGenerator(this.folder);
	}

	@Test
	void refusesANameThatIsNotKebabCase() throws Exception {
		Result result = this.generator.generate(this.folder, "artifactId=Billing_Service", "port=8090",
				"package=io.carve.billing");
		assertThat(result.exitCode()).isNotZero();
		assertThat(result.output()).contains("artifactId 'Billing_Service' is not a kebab-case service name")
			.contains("The service was not created");
		assertThat(this.folder.resolve("Billing_Service")).doesNotExist();
	}

	@Test
	void refusesAPortOutOfRangeAPackageThatIsAJavaKeywordAndAnOptionThatIsNotABoolean() throws Exception {
		Result result = this.generator.generate(this.folder, "artifactId=billing-service", "port=70000",
				"package=io.carve.new", "callsModelService=yes");
		assertThat(result.exitCode()).isNotZero();
		assertThat(result.output()).contains("port '70000' is not an HTTP port")
			.contains("package 'io.carve.new' is not a valid Java package")
			.contains("callsModelService 'yes' is neither true nor false");
		assertThat(this.folder.resolve("billing-service")).doesNotExist();
	}

	@Test
	void becomesAModuleOfThePlatformInsideItsFolderWhosePomKeepsItsLayout() throws Exception {
		Path rootPom = platformCopy();
		String before = Files.readString(rootPom);
		Result result = this.generator.generate(this.folder, "artifactId=billing-service", "port=8090");
		assertThat(result.exitCode()).as(result.output()).isZero();
		// The module is added, and the pom otherwise keeps its layout (the plugin's rewrite drops blank lines).
		assertThat(Files.readString(rootPom)).contains("<module>billing-service</module>")
			.isEqualTo(before.replace("<modules>\n", "<modules>\n    <module>billing-service</module>\n"));
		Path service = this.folder.resolve("billing-service");
		assertThat(Files.readString(service.resolve("pom.xml"))).contains("<artifactId>carve-platform</artifactId>");
		assertThat(service.resolve("src/main/java/io/carve/billing/BillingServiceApplication.java")).isRegularFile();
		// The platform's wrapper builds it; a second one inside the module would only confuse.
		assertThat(service.resolve("mvnw")).doesNotExist();
		assertThat(service.resolve(".mvn")).doesNotExist();
		assertThat(service.resolve(".editorconfig")).doesNotExist();
		// The platform's pipeline delivers it; GitHub would not even read a workflow in a module.
		assertThat(service.resolve("Jenkinsfile")).doesNotExist();
		assertThat(service.resolve(".github")).doesNotExist();
	}

	@Test
	void leavesThePlatformPomAsItWasWhenItRefusesAName() throws Exception {
		Path rootPom = platformCopy();
		String before = Files.readString(rootPom);
		Result result = this.generator.generate(this.folder, "artifactId=billing--service", "port=8090",
				"package=io.carve.billing");
		assertThat(result.exitCode()).isNotZero();
		assertThat(result.output()).contains("artifactId 'billing--service' is not a kebab-case service name");
		assertThat(Files.readString(rootPom)).isEqualTo(before);
		assertThat(this.folder.resolve("billing--service")).doesNotExist();
	}

	@Test
	void keepsItsOwnMavenWrapperAndPipelineOutsideThePlatform() throws Exception {
		Result result = this.generator.generate(this.folder, "artifactId=billing-service", "port=8090");
		assertThat(result.exitCode()).as(result.output()).isZero();
		Path service = this.folder.resolve("billing-service");
		assertThat(service.resolve("mvnw")).isExecutable();
		assertThat(service.resolve(".mvn/wrapper/maven-wrapper.properties")).isRegularFile();
		assertThat(service.resolve(".gitignore")).isRegularFile();
		assertThat(service.resolve(".editorconfig")).isRegularFile();
		assertThat(service.resolve("Jenkinsfile")).content().contains("PACTICIPANT = 'billing-service'");
		assertThat(service.resolve(".github/workflows/pipeline.yml")).content().contains("PACTICIPANT: billing-service");
	}

	/**
	 * The platform's root pom in the test's folder, as if the folder were the platform's, but
	 * without its modules (Maven reads them before it generates anything).
	 */
	private Path platformCopy() throws IOException, InterruptedException {
		String pom = Files.readString(PLATFORM.resolve("pom.xml")).replaceAll("(?m)^\\s*<module>[^<]+</module>\\R", "");
		Path copy = Files.writeString(this.folder.resolve("pom.xml"), pom);
		git("init", "-q");
		git("add", "pom.xml");
		git("-c", "user.name=test", "-c", "user.email=test@carve.example", "commit", "-q", "-m", "platform");
		return copy;
	}

	private void git(String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("git", "-C", this.folder.toString()));
		command.addAll(List.of(arguments));
		Process git = new ProcessBuilder(command).inheritIO().start();
		assertThat(git.waitFor()).as("git %s", command).isZero();
	}

}

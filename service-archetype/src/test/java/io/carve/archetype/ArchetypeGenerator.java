package io.carve.archetype;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code archetype:generate} of this build's archetype the way a user does, through the
 * platform's Maven wrapper in batch mode, against the repository the build staged it in; and
 * builds what it generated, with the service's own wrapper.
 */
final class ArchetypeGenerator {

	private static final Path PLATFORM = Path.of(System.getProperty("platform.root", "..")).toAbsolutePath().normalize();

	private final Path settings;

	ArchetypeGenerator(Path workFolder) throws IOException {
		// The staged settings name the build's own local repository as a source of dependencies.
		String template = Files.readString(Path.of(System.getProperty("it.settings")));
		String cache = Path.of(System.getProperty("user.home"), ".m2", "repository").toUri().toString();
		this.settings = workFolder.resolve("it-settings.xml");
		Files.writeString(this.settings, template.replace("@localRepositoryUrl@",
				System.getProperty("build.repository.url", cache)));
	}

	/** Generates a service in {@code folder} with these {@code -D} properties; returns the exit code and output. */
	Result generate(Path folder, String... properties) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("org.apache.maven.plugins:maven-archetype-plugin:"
				+ System.getProperty("archetype.plugin.version") + ":generate", "-DarchetypeGroupId=io.carve",
				"-DarchetypeArtifactId=service-archetype", "-DarchetypeVersion=" + System.getProperty("archetype.version")));
		for (String property : properties) {
			command.add("-D" + property);
		}
		return maven(PLATFORM.resolve("mvnw"), folder, Duration.ofMinutes(3), command);
	}

	/** Runs these goals on a generated service, outside the platform's folder, with its own wrapper. */
	Result build(Path service, String... goals) throws IOException, InterruptedException {
		return maven(service.resolve("mvnw"), service, Duration.ofMinutes(10), List.of(goals));
	}

	private Result maven(Path wrapper, Path folder, Duration timeout, List<String> arguments)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(wrapper.toString(), "-B", "-ntp", "-s", this.settings.toString(),
				"-Dmaven.repo.local=" + System.getProperty("it.repository")));
		command.addAll(arguments);
		Path log = Files.createTempFile(folder, "maven", ".log");
		Process process = new ProcessBuilder(command).directory(folder.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		if (!process.waitFor(timeout.toMinutes(), TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException(String.join(" ", arguments) + " did not finish within " + timeout.toMinutes()
					+ " minutes; see " + log);
		}
		String output = Files.readString(log, StandardCharsets.UTF_8);
		Files.delete(log);
		return new Result(process.exitValue(), output);
	}

	record Result(int exitCode, String output) {
	}

}

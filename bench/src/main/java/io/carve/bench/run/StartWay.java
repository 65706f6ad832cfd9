package io.carve.bench.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A way to start a service's jar: {@code java -jar} as its package does, or the extracted jar
 * with a class-data archive that a training run wrote first (Class Data Sharing on the default
 * JDK, the AOT cache of JDK 25). A training run starts the service and stops once its
 * application context is refreshed ({@code -Dspring.context.exit=onRefresh}).
 *
 * @param id names it in results.json
 * @param label says what it is in results.md
 * @param java the JDK it runs on
 * @param jvmOptions its options
 * @param jar the jar it starts
 * @param starter starts the service with them
 */
record StartWay(String id, String label, Path java, List<String> jvmOptions, Path jar, Starter starter) {

	private static final Duration TRAINING_TIMEOUT = Duration.ofMinutes(5);

	ServiceProcess start() {
		return this.starter.start(this.java, this.jvmOptions, this.jar);
	}

	/** The four ways, training the archives first. */
	static List<StartWay> all(Options options, Path jar, Path extracted, Starter starter) {
		int version = Runtime.version().feature();
		Path cds = extracted.resolveSibling("application.jsa");
		Path aot = extracted.resolveSibling("application.aot");
		train(starter, options.java(), List.of("-XX:ArchiveClassesAtExit=" + cds), extracted, cds);
		train(starter, options.java25(), List.of("-XX:AOTCacheOutput=" + aot), extracted, aot);
		return List.of(new StartWay("jar", "java -jar, JDK " + version, options.java(), List.of(), jar, starter),
				new StartWay("cds", "extracted jar + CDS archive, JDK " + version, options.java(),
						List.of("-XX:SharedArchiveFile=" + cds), extracted, starter),
				new StartWay("jdk25-jar", "java -jar, JDK 25", options.java25(), List.of(), jar, starter),
				new StartWay("jdk25-aot", "extracted jar + AOT cache, JDK 25", options.java25(),
						List.of("-XX:AOTCache=" + aot), extracted, starter));
	}

	/** Extracts the jar as Spring Boot advises for CDS and the AOT cache, and returns the jar to start. */
	static Path extract(Path java, Path jar, Path directory) {
		Path destination = directory.resolve("extracted");
		try {
			Files.createDirectories(directory);
			Process process = new ProcessBuilder(java.toString(), "-Djarmode=tools", "-jar", jar.toString(), "extract",
					"--force", "--destination", destination.toString())
				.redirectErrorStream(true)
				.redirectOutput(directory.resolve("extract.log").toFile())
				.start();
			if (process.waitFor() != 0) {
				throw new IllegalStateException("Could not extract " + jar + "; see " + directory.resolve("extract.log"));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not extract " + jar, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
		return destination.resolve(jar.getFileName());
	}

	private static void train(Starter starter, Path java, List<String> archiveOption, Path extracted, Path archive) {
		List<String> options = new ArrayList<>(archiveOption);
		options.add("-Dspring.context.exit=onRefresh");
		starter.start(java, options, extracted).awaitExit(TRAINING_TIMEOUT);
		if (!Files.isRegularFile(archive)) {
			throw new IllegalStateException("The training run wrote no " + archive);
		}
	}

	/** Starts a service with a JDK, its options and a jar. */
	@FunctionalInterface
	interface Starter {

		ServiceProcess start(Path java, List<String> jvmOptions, Path jar);

	}

}

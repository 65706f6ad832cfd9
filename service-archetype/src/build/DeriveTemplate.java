import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Turns model-service, the platform's reference service, into the archetype's Velocity templates,
 * so the two cannot drift apart: every file of model-service except those in {@link #LEFT_OUT}
 * becomes a template in which model-service's names are replaced by the archetype's properties.
 * Run by the module's build (see pom.xml) as {@code java DeriveTemplate.java <model-service> <out>}.
 */
public final class DeriveTemplate {

	/** What a new service does not inherit: the tests of the Pact Broker wiring, proven by model-service. */
	private static final List<String> LEFT_OUT = List.of("src/test/java/io/carve/model/contracts/PactBrokerVerificationTests.java",
			"src/test/java/io/carve/model/contracts/StubPactBroker.java");

	/** The folders of model-service that make up a service's skeleton; README and CHANGELOG are the archetype's own. */
	private static final List<String> FOLDERS = List.of("src", "docs");

	/**
	 * Velocity reads '$', '#' and '\' itself; model-service's own are written as variables set at
	 * the top of each template (the convention of maven-archetype-plugin's create-from-project).
	 */
	private static final String HEADER = """
			#set( $symbol_pound = '#' )
			#set( $symbol_dollar = '$' )
			#set( $symbol_escape = '\\' )
			""";

	/** model-service's names and what they become, replaced in this order. */
	private static final Map<String, String> NAMES = new LinkedHashMap<>();

	static {
		NAMES.put("the platform's reference service", "a service of the platform, created from its archetype");
		NAMES.put("The Carve platform's reference service.", "A Carve platform service.");
		NAMES.put("ModelService", "${ServiceName}");
		NAMES.put("MODEL_SERVICE", "${artifactId.toUpperCase().replace('-', '_')}");
		NAMES.put("MODEL-SERVICE", "${artifactId.toUpperCase()}");
		NAMES.put("io.carve.model", "${package}");
		NAMES.put("model-service", "${artifactId}");
		NAMES.put("8081", "${port}");
	}

	/** Test-only changes: a new service has no consumer yet, so no committed pact names it. */
	private static final Map<String, Map<String, String>> PER_FILE = Map.of(
			"src/test/java/io/carve/model/contracts/CommittedPactsVerificationTests.java",
			Map.of("@PactFolder(\"../shared-contracts/pacts\")",
					"@PactFolder(\"../shared-contracts/pacts\")\n@IgnoreNoPactsToVerify",
					"import au.com.dius.pact.provider.junitsupport.Provider;",
					"import au.com.dius.pact.provider.junitsupport.IgnoreNoPactsToVerify;\n"
							+ "import au.com.dius.pact.provider.junitsupport.Provider;",
					" * model-service. With", " * this service (none until a consumer commits one). With"));

	private DeriveTemplate() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 2) {
			throw new IllegalArgumentException("usage: java DeriveTemplate.java <model-service folder> <output folder>");
		}
		Path reference = Path.of(args[0]).toAbsolutePath().normalize();
		Path out = Path.of(args[1]).toAbsolutePath().normalize();
		int count = 0;
		for (String folder : FOLDERS) {
			try (Stream<Path> files = Files.walk(reference.resolve(folder))) {
				for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
					String relative = reference.relativize(file).toString().replace('\\', '/');
					if (!LEFT_OUT.contains(relative)) {
						write(out.resolve(templatePath(relative)), template(relative, Files.readString(file, StandardCharsets.UTF_8)));
						count++;
					}
				}
			}
		}
		System.out.println("DeriveTemplate: " + count + " templates from " + reference + " in " + out);
	}

	/** The template's path: packaged sources lose model-service's package folder, names become properties. */
	static String templatePath(String relative) {
		return relative.replace("src/main/java/io/carve/model/", "src/main/java/")
			.replace("src/test/java/io/carve/model/", "src/test/java/")
			.replace("ModelService", "__ServiceName__")
			.replace("model-service", "__artifactId__");
	}

	static String template(String relative, String source) {
		String text = source;
		for (Map.Entry<String, String> change : PER_FILE.getOrDefault(relative, Map.of()).entrySet()) {
			if (!text.contains(change.getKey())) {
				throw new IllegalStateException(relative + " no longer contains '" + change.getKey()
						+ "'; update DeriveTemplate's PER_FILE to match model-service.");
			}
			text = text.replace(change.getKey(), change.getValue());
		}
		text = escapeVelocity(text);
		for (Map.Entry<String, String> name : NAMES.entrySet()) {
			text = text.replace(name.getKey(), name.getValue());
		}
		return HEADER + text;
	}

	/** Writes model-service's own '\\', '$' and '#' so that Velocity prints them unchanged. */
	static String escapeVelocity(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 64);
		for (char ch : text.toCharArray()) {
			switch (ch) {
				case '\\' -> escaped.append("${symbol_escape}");
				case '$' -> escaped.append("${symbol_dollar}");
				case '#' -> escaped.append("${symbol_pound}");
				default -> escaped.append(ch);
			}
		}
		return escaped.toString();
	}

	private static void write(Path target, String content) {
		try {
			Files.createDirectories(target.getParent());
			Files.writeString(target, content, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

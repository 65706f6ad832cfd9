import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
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

	/** What of model-service makes up a service's skeleton; README and CHANGELOG are the archetype's own. */
	private static final List<String> SKELETON = List.of("pom.xml", "src", "docs");

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

	/**
	 * What a new service has that model-service does not, written into model-service's files: in
	 * its pom the coordinates it is given, shared-contracts (it calls model-service) and the
	 * consumer side of Pact with its drift check; in its provider verification, leave to have no
	 * pact yet (a new service has no consumer). Velocity references are written {@code @v:name@}.
	 * A text no longer found fails the build, so model-service cannot change under these unseen.
	 */
	private static final Map<String, Map<String, String>> PER_FILE = Map.of("pom.xml", pomChanges(),
			"src/test/java/io/carve/model/contracts/CommittedPactsVerificationTests.java",
			Map.of("@PactFolder(\"../shared-contracts/pacts\")",
					"@PactFolder(\"../shared-contracts/pacts\")\n@IgnoreNoPactsToVerify",
					"import au.com.dius.pact.provider.junitsupport.Provider;",
					"import au.com.dius.pact.provider.junitsupport.IgnoreNoPactsToVerify;\n"
							+ "import au.com.dius.pact.provider.junitsupport.Provider;",
					" * model-service. With", " * this service (none until a consumer commits one). With"));

	private static final Pattern VELOCITY_REFERENCE = Pattern.compile("@v:(\\w+)@");

	private static Map<String, String> pomChanges() {
		Map<String, String> changes = new LinkedHashMap<>();
		changes.put("""
				  <artifactId>model-service</artifactId>
				  <name>model-service</name>
				  <description>The platform's reference service: models and their values over a JSON and XML API.</description>
				""", """
				  <groupId>@v:groupId@</groupId>
				  <artifactId>model-service</artifactId>
				  <version>@v:version@</version>
				  <name>model-service</name>
				  <description>A Carve platform service: models and their values over a JSON and XML API, to make its own.</description>

				  <properties>
				    <!-- -Dpacts.refresh=true copies the pacts the consumer tests wrote into shared-contracts/pacts. -->
				    <pacts.refresh>false</pacts.refresh>
				  </properties>
				""");
		changes.put("""
				      <artifactId>picocli</artifactId>
				    </dependency>
				""", """
				      <artifactId>picocli</artifactId>
				    </dependency>
				    <dependency>
				      <!-- The Feign clients of the platform's services, with their error model and resilience. -->
				      <groupId>io.carve</groupId>
				      <artifactId>shared-contracts</artifactId>
				      <!-- The platform's version, whatever this service's own. -->
				      <version>${project.parent.version}</version>
				    </dependency>
				""");
		changes.put("""
				    <dependency>
				      <groupId>au.com.dius.pact.provider</groupId>
				""", """
				    <dependency>
				      <!-- The Pact drift check (io.carve.contracts.pacts). -->
				      <groupId>io.carve</groupId>
				      <artifactId>shared-contracts</artifactId>
				      <version>${project.parent.version}</version>
				      <type>test-jar</type>
				      <scope>test</scope>
				    </dependency>
				    <dependency>
				      <groupId>au.com.dius.pact.consumer</groupId>
				      <artifactId>junit5</artifactId>
				      <scope>test</scope>
				    </dependency>
				    <dependency>
				      <groupId>au.com.dius.pact.provider</groupId>
				""");
		changes.put("""
				            <exclude>**/*JarIntegrationTests.java</exclude>
				          </excludes>
				""", """
				            <exclude>**/*JarIntegrationTests.java</exclude>
				            <exclude>**/*PactDriftTests.java</exclude>
				          </excludes>
				""");
		changes.put("""
				            <pact.provider.version>${project.version}</pact.provider.version>
				""", """
				            <pact.provider.version>${project.version}</pact.provider.version>
				            <!-- Where the consumer tests write their pacts, afresh each run. -->
				            <pact.rootDir>${project.build.directory}/pacts</pact.rootDir>
				            <pact.writer.overwrite>true</pact.writer.overwrite>
				""");
		changes.put("""
				            <include>**/*JarIntegrationTests.java</include>
				          </includes>
				""", """
				            <include>**/*JarIntegrationTests.java</include>
				            <include>**/*PactDriftTests.java</include>
				          </includes>
				""");
		changes.put("""
				            <service.version>${project.version}</service.version>
				""", """
				            <service.version>${project.version}</service.version>
				            <pact.rootDir>${project.build.directory}/pacts</pact.rootDir>
				            <pacts.committed>${project.basedir}/../shared-contracts/pacts</pacts.committed>
				            <pacts.refresh>${pacts.refresh}</pacts.refresh>
				""");
		return changes;
	}

	private DeriveTemplate() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 2) {
			throw new IllegalArgumentException("usage: java DeriveTemplate.java <model-service folder> <output folder>");
		}
		Path reference = Path.of(args[0]).toAbsolutePath().normalize();
		Path out = Path.of(args[1]).toAbsolutePath().normalize();
		int count = 0;
		for (String part : SKELETON) {
			try (Stream<Path> files = Files.walk(reference.resolve(part))) {
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
		text = VELOCITY_REFERENCE.matcher(escapeVelocity(text)).replaceAll("\\${$1}");
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

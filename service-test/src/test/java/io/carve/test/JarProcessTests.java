package io.carve.test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import javax.tools.ToolProvider;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The jar launcher, on a stand-in jar built here: health on the given port, or a command. */
class JarProcessTests {

	private static final String JAR_PROPERTY = "stand-in.jar";

	/** Exit code of a JVM that ended on SIGTERM. */
	private static final int TERMINATED = 128 + 15;

	private static final String STAND_IN = """
			import java.net.InetSocketAddress;
			import com.sun.net.httpserver.HttpServer;

			public class StandIn {
				public static void main(String[] args) throws Exception {
					String port = null;
					for (String arg : args) {
						if (arg.equals("--fail")) {
							System.out.println("cannot start: --fail");
							System.exit(1);
						}
						if (arg.startsWith("--server.port=")) {
							port = arg.substring("--server.port=".length());
						}
					}
					if (port == null) {
						String input = new String(System.in.readAllBytes()).trim();
						System.out.println("ran " + String.join(" ", args) + " on " + input);
						System.exit(3);
					}
					HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(port)), 0);
					server.createContext("/actuator/health", (exchange) -> {
						exchange.sendResponseHeaders(200, -1);
						exchange.close();
					});
					server.start();
					System.out.println("serving on " + port + " as " + System.getenv("STAND_IN_NAME"));
				}
			}
			""";

	@TempDir
	Path directory;

	@BeforeAll
	static void buildTheStandInJar(@TempDir Path build) throws IOException {
		Path source = Files.writeString(build.resolve("StandIn.java"), STAND_IN);
		int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", build.toString(), source.toString());
		assertThat(compiled).isZero();
		Manifest manifest = new Manifest();
		manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
		manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "StandIn");
		Path jar = build.resolve("stand-in.jar");
		try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
			out.putNextEntry(new JarEntry("StandIn.class"));
			out.write(Files.readAllBytes(build.resolve("StandIn.class")));
			out.closeEntry();
		}
		System.setProperty(JAR_PROPERTY, jar.toString());
	}

	@Test
	void startsOnceHealthyAndStartsAgainOnTheSamePortAfterAStopOrAKill() throws Exception {
		try (JarProcess process = JarProcess.of(JAR_PROPERTY, this.directory.resolve("work"))
			.withEnvironment("STAND_IN_NAME", "first")) {
			ApiClient api = new ApiClient(process.baseUrl());

			process.start();
			assertThat(api.get("/actuator/health").statusCode()).isEqualTo(200);
			assertThat(process.stop()).isEqualTo(TERMINATED);
			assertThatThrownBy(() -> api.get("/actuator/health")).hasCauseInstanceOf(ConnectException.class);
			process.start();
			HttpResponse<String> again = api.get("/actuator/health");
			process.kill();

			assertThat(again.statusCode()).isEqualTo(200);
			assertThat(process.console().lines()).containsExactly("serving on " + process.port() + " as first",
					"serving on " + process.port() + " as first");
			assertThatThrownBy(() -> api.get("/actuator/health")).hasCauseInstanceOf(ConnectException.class);
		}
	}

	@Test
	void runsACommandToItsEndWithItsArgumentsAndInput() throws Exception {
		JarProcess.Result result = JarProcess.of(JAR_PROPERTY, this.directory, "--spring.option=1")
			.run("db migrate\n", "shell");

		assertThat(result.exitCode()).isEqualTo(3);
		assertThat(result.output()).isEqualTo("ran --spring.option=1 shell on db migrate\n");
		assertThat(this.directory.resolve("console.log")).doesNotExist();
	}

	@Test
	void saysWhyWhenTheJarEndsBeforeItIsHealthy() throws IOException {
		JarProcess process = JarProcess.of(JAR_PROPERTY, this.directory, "--fail");

		assertThatIllegalStateException().isThrownBy(process::start)
			.withMessageContaining("exited with 1 before it was healthy")
			.withMessageContaining("cannot start: --fail");
	}

	@Test
	void refusesAPropertyThatNamesNoJar() {
		assertThatIllegalStateException().isThrownBy(() -> JarProcess.of("no.such.jar", this.directory))
			.withMessageContaining("no.such.jar names no jar");
	}

}

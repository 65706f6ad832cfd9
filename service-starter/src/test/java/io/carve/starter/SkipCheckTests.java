package io.carve.starter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code META-INF/carve/checks/skip-check}, how every check of a build that needs a tool ends where
 * the tool is missing: a line the README promises and a pipeline's log can be searched for, and
 * {@code CARVE_REQUIRE_ALL_CHECKS}, the one switch that turns a skip into a failure.
 */
class SkipCheckTests {

	private static final Path SCRIPT = Path.of("src/main/resources/META-INF/carve/checks/skip-check");

	@Test
	void skipsWithOneLineNamingTheCheckAndWhatToInstall() throws Exception {
		Run run = skipCheck(Map.of());

		assertThat(run.exitCode()).isZero();
		assertThat(run.output()).isEqualTo("[carve] SKIPPED lintian check of billing: install lintian to run it\n");
	}

	@Test
	void skipsWhenTheSwitchIsZero() throws Exception {
		assertThat(skipCheck(Map.of("CARVE_REQUIRE_ALL_CHECKS", "0")).exitCode()).isZero();
	}

	@Test
	void failsWithTheSameLineWhenEveryCheckIsRequired() throws Exception {
		Run run = skipCheck(Map.of("CARVE_REQUIRE_ALL_CHECKS", "1"));

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.output()).startsWith("[carve] FAILED lintian check of billing: install lintian to run it (");
	}

	@Test
	void takesAnyOtherValueOfTheSwitchForOnRatherThanSkipOnATypo() throws Exception {
		assertThat(skipCheck(Map.of("CARVE_REQUIRE_ALL_CHECKS", "true")).exitCode()).isEqualTo(1);
	}

	private static Run skipCheck(Map<String, String> environment) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(List.of("sh", SCRIPT.toString(), "lintian check of billing",
				"install lintian to run it"))
			.redirectErrorStream(true);
		builder.environment().remove("CARVE_REQUIRE_ALL_CHECKS");
		builder.environment().putAll(environment);
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		return new Run(process.waitFor(), output);
	}

	private record Run(int exitCode, String output) {
	}

}

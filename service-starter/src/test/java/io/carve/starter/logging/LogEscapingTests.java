package io.carve.starter.logging;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/** Through Boot's real logging system, started by a real application with the platform's defaults. */
@ExtendWith(OutputCaptureExtension.class)
class LogEscapingTests {

	private static final Logger log = LoggerFactory.getLogger(LogEscapingTests.class);

	private static final String FORGED = "evil\n2026-12-02T18:00:00.000Z  INFO 1 --- [main] io.carve.Admin : granted\u001b[31m";

	private ConfigurableApplicationContext context;

	@AfterEach
	void stop() {
		MDC.clear();
		if (this.context != null) {
			this.context.close();
		}
		LogEscaping.install();
		// Boot keeps the patterns it resolved as system properties, which would outlive this test.
		System.clearProperty("CONSOLE_LOG_PATTERN");
		System.clearProperty("LOG_EXCEPTION_CONVERSION_WORD");
	}

	@Test
	void aNewlineInALoggedValueCannotStartALineOfItsOwn(CapturedOutput output) {
		start();
		log.info("Created model {}", FORGED);
		String line = lineWith(output, "Created model");
		assertThat(line).contains("evil\\n2026-12-02T18:00:00.000Z  INFO 1 --- [main] io.carve.Admin : granted\\u001b[31m");
		assertThat(output.getOut()).doesNotContain("\ngranted").doesNotContain("\n2026-12-02T18:00:00.000Z");
	}

	@Test
	void anExceptionsMessageCannotStartALineOfItsOwnWhileItsFramesStillDo(CapturedOutput output) {
		start();
		log.warn("Failed", new IllegalStateException("bad name " + FORGED, new RuntimeException("cause\r\nforged")));
		assertThat(output.getOut()).contains("java.lang.IllegalStateException: bad name evil\\n2026-12-02T18")
			.contains("Caused by: java.lang.RuntimeException: cause\\r\\nforged")
			.contains("\n\tat io.carve.starter.logging.LogEscapingTests")
			.doesNotContain("\n2026-12-02T18:00:00.000Z")
			.doesNotContain("\nforged");
	}

	@Test
	void mdcValuesAreEscapedToo(CapturedOutput output) {
		start("logging.pattern.console=%X{user} said %m%n");
		MDC.put("user", "a\nb");
		log.info("hello");
		assertThat(output.getOut()).contains("a\\nb said hello");
	}

	@Test
	void logsValuesAsTheyAreWhenSwitchedOff(CapturedOutput output) {
		start("carve.logging.escape.enabled=false");
		log.info("Created model {}", "one\ntwo");
		assertThat(output.getOut()).contains("Created model one\ntwo");
	}

	private void start(String... properties) {
		SpringApplication application = new SpringApplication(Empty.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		String[] arguments = new String[properties.length];
		for (int i = 0; i < properties.length; i++) {
			arguments[i] = "--" + properties[i];
		}
		this.context = application.run(arguments);
	}

	private static String lineWith(CapturedOutput output, String text) {
		return output.getOut().lines().filter((line) -> line.contains(text)).findFirst().orElseThrow();
	}

	@Configuration(proxyBeanMethods = false)
	static class Empty {

	}

}

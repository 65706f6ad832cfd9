package io.carve.starter.logging;

import java.util.List;

import ch.qos.logback.classic.PatternLayout;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.ClassUtils;

/**
 * Log lines cannot be forged: with Logback, the message ({@code %m}), MDC values ({@code %X}) and,
 * through {@code logging.exception-conversion-word} in the platform's defaults, exceptions'
 * messages ({@value #EXCEPTION_WORD}) are written with line breaks and control characters escaped
 * ({@link LogText}), in every pattern: Boot's default console and file patterns and a service's
 * own {@code logback-spring.xml}. {@code carve.logging.escape.enabled=false} logs them as they are,
 * as does structured logging ({@code logging.structured.format.console}), which escapes by itself.
 */
public class LogEscaping implements EnvironmentPostProcessor, Ordered {

	/** Switches the escaping off, read before logging starts. */
	static final String ENABLED = "carve.logging.escape.enabled";

	/** The conversion word of exceptions with escaped messages (Boot's {@code %wEx} otherwise). */
	static final String EXCEPTION_WORD = "carveEx";

	private static final List<String> MESSAGE_WORDS = List.of("m", "msg", "message");

	private static final List<String> MDC_WORDS = List.of("X", "mdc");

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!ClassUtils.isPresent("ch.qos.logback.classic.PatternLayout", LogEscaping.class.getClassLoader())) {
			return;
		}
		if (environment.getProperty(ENABLED, Boolean.class, true)) {
			install();
		}
		else {
			uninstall();
		}
	}

	/**
	 * Logback's words for the message and MDC, which every pattern layout of the JVM reads when it
	 * starts, now escape; Boot's logging system starts its layouts after this runs.
	 */
	static synchronized void install() {
		MESSAGE_WORDS.forEach((word) -> PatternLayout.DEFAULT_CONVERTER_SUPPLIER_MAP.put(word, EscapedMessageConverter::new));
		MDC_WORDS.forEach((word) -> PatternLayout.DEFAULT_CONVERTER_SUPPLIER_MAP.put(word, EscapedMdcConverter::new));
		PatternLayout.DEFAULT_CONVERTER_SUPPLIER_MAP.put(EXCEPTION_WORD, EscapedThrowableConverter::new);
	}

	/** Logback's own words back, and the exception word as Boot's {@code %wEx}, so patterns naming it still start. */
	static synchronized void uninstall() {
		MESSAGE_WORDS.forEach((word) -> PatternLayout.DEFAULT_CONVERTER_SUPPLIER_MAP.put(word,
				ch.qos.logback.classic.pattern.MessageConverter::new));
		MDC_WORDS.forEach((word) -> PatternLayout.DEFAULT_CONVERTER_SUPPLIER_MAP.put(word,
				ch.qos.logback.classic.pattern.MDCConverter::new));
		PatternLayout.DEFAULT_CONVERTER_SUPPLIER_MAP.put(EXCEPTION_WORD,
				org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter::new);
	}

	/** Before Boot's logging system starts, which is on the same event, after every post-processor. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}

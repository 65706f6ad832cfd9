package io.carve.starter.cli;

import java.util.stream.Collectors;

import org.springframework.beans.BeansException;
import org.springframework.context.ApplicationContextException;

/**
 * A failed command's cause for the terminal, without a stack trace: the message of what failed
 * (past Spring's bean-wiring wrappers, and up to any table of details below a line of dashes, as
 * Flyway adds) and, where it does not already say it, the first line of its root cause.
 */
final class FailureMessages {

	private FailureMessages() {
	}

	static String of(Throwable failure) {
		Throwable reported = failure;
		// Spring's wrappers say which bean failed, which is no help at a terminal: report what failed it.
		while ((reported instanceof BeansException || reported instanceof ApplicationContextException)
				&& reported.getCause() != null) {
			reported = reported.getCause();
		}
		Throwable root = reported;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = message(reported);
		String cause = message(root).lines().findFirst().orElse("");
		return message.contains(cause) ? message : message + " (cause: " + cause + ")";
	}

	private static String message(Throwable failure) {
		String message = failure.getMessage();
		if (message == null || message.isBlank()) {
			return failure.getClass().getSimpleName();
		}
		return message.strip()
			.lines()
			.takeWhile((line) -> !line.startsWith("---"))
			.map(String::strip)
			.filter((line) -> !line.isEmpty())
			.collect(Collectors.joining(System.lineSeparator() + "  "));
	}

}

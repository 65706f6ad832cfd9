package io.carve.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * The hostile-client suite's summary: each test of a class extended with it is one probe an
 * attacker would try, and its outcome is whether the defence held. After the class, the probes
 * and their outcomes are printed and appended to {@code target/hostile-client-report.md}, one
 * table row each, so a build shows what was tried and what held.
 */
public final class HostileClientReport implements TestWatcher, AfterAllCallback {

	/** Where the rows go, relative to the module's directory (Maven's working directory for tests). */
	static final Path REPORT = Path.of("target", "hostile-client-report.md");

	private static final Namespace NAMESPACE = Namespace.create(HostileClientReport.class);

	@Override
	public void testSuccessful(ExtensionContext context) {
		record(context, "held");
	}

	@Override
	public void testFailed(ExtensionContext context, Throwable cause) {
		record(context, "NOT HELD: " + firstLine(cause.getMessage()));
	}

	@Override
	public void testAborted(ExtensionContext context, Throwable cause) {
		record(context, "not tried: " + firstLine(cause.getMessage()));
	}

	@Override
	public void testDisabled(ExtensionContext context, Optional<String> reason) {
		record(context, "not tried: " + reason.orElse("disabled"));
	}

	@Override
	public void afterAll(ExtensionContext context) {
		List<String> rows = rows(context);
		if (rows.isEmpty()) {
			return;
		}
		String suite = context.getDisplayName();
		StringBuilder text = new StringBuilder("\n### ").append(suite).append("\n\n| probe | outcome |\n|---|---|\n");
		rows.forEach((row) -> text.append(row).append('\n'));
		System.out.println("[hostile-client] " + suite + ": " + rows.stream().filter((r) -> r.endsWith("| held |")).count()
				+ " of " + rows.size() + " probes held" + text);
		try {
			Files.createDirectories(REPORT.getParent());
			Files.writeString(REPORT, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The hostile-client report " + REPORT.toAbsolutePath() + " could not be written", ex);
		}
	}

	private static void record(ExtensionContext context, String outcome) {
		ExtensionContext suite = context.getParent().orElse(context);
		rows(suite).add("| " + context.getDisplayName().replace("|", "\\|") + " | " + outcome.replace("|", "\\|") + " |");
	}

	@SuppressWarnings("unchecked")
	private static List<String> rows(ExtensionContext suite) {
		return suite.getStore(NAMESPACE).getOrComputeIfAbsent("rows", (key) -> new ArrayList<String>(), List.class);
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "";
		}
		int end = message.indexOf('\n');
		return (end < 0) ? message : message.substring(0, end);
	}

}

package io.carve.contracts.pacts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A consumer's pacts as its tests wrote them ({@code pact.rootDir}, by default
 * {@code target/pacts}) against the copies committed in {@code shared-contracts/pacts/}
 * ({@code pacts.committed}), which are what the providers verify. A consumer's build runs
 * {@link #verifyOrRefresh(String)} after its Pact tests, so the contract CI proves is the one the
 * consumer relies on; with {@code -Dpacts.refresh=true} it copies the new pacts over the committed
 * ones instead.
 */
public final class CommittedPacts {

	private final String consumer;

	private final Path written;

	private final Path committed;

	private final boolean refresh;

	CommittedPacts(String consumer, Path written, Path committed, boolean refresh) {
		this.consumer = consumer;
		this.written = written;
		this.committed = committed;
		this.refresh = refresh;
	}

	/** The pacts of this consumer, in the folders and with the refresh switch the build's system properties give. */
	public static CommittedPacts of(String consumer) {
		return new CommittedPacts(consumer, Path.of(System.getProperty("pact.rootDir", "target/pacts")),
				Path.of(System.getProperty("pacts.committed", "../shared-contracts/pacts")), Boolean.getBoolean("pacts.refresh"));
	}

	/** Whether the committed pacts are at hand: only inside the platform's folder. */
	public boolean committedFolderExists() {
		return Files.isDirectory(this.committed);
	}

	/**
	 * Fails, listing each interaction added, removed or changed and the command that refreshes
	 * the committed pacts, unless they are the ones the consumer tests wrote; with
	 * {@code pacts.refresh} true, refreshes them instead.
	 * @param verifyCommand the command that builds and tests this consumer, such as
	 * {@code ./mvnw -pl gateway-legacy-adapter -am verify}
	 */
	public void verifyOrRefresh(String verifyCommand) {
		List<Path> pacts = pactsIn(this.written);
		if (pacts.isEmpty()) {
			throw new AssertionError("No pact of " + this.consumer + " in " + this.written
					+ ": its consumer tests write them and did not run in this build; run them with '" + verifyCommand + "'.");
		}
		if (this.refresh) {
			refresh(pacts);
			return;
		}
		List<String> problems = drift(pacts);
		if (!problems.isEmpty()) {
			throw new AssertionError(String.format("""
					%s's consumer tests describe a different contract from the one committed in \
					shared-contracts/pacts/, which is what the providers verify:
					  %s
					If the change to %s's calls is intended, refresh the committed pacts and commit them \
					with the change:
					  %s -Dpacts.refresh=true
					Their providers' builds then verify the new contract; fix the provider if it does not keep it.
					""", this.consumer, String.join("\n  ", problems), this.consumer, verifyCommand));
		}
	}

	/** One line per difference between the pacts written and the committed ones; empty when they agree. */
	List<String> drift(List<Path> pacts) {
		List<String> problems = new ArrayList<>();
		for (Path pact : pacts) {
			Path copy = this.committed.resolve(pact.getFileName());
			if (!Files.exists(copy)) {
				problems.add(pact.getFileName() + " is not committed");
				continue;
			}
			PactDrift.between(read(pact), read(copy)).forEach((difference) -> problems.add(pact.getFileName() + ", " + difference));
		}
		for (Path stale : pactsIn(this.committed)) {
			if (!Files.exists(this.written.resolve(stale.getFileName()))) {
				problems.add(stale.getFileName() + " is committed but no consumer test writes it any more");
			}
		}
		return problems;
	}

	private void refresh(List<Path> pacts) {
		try {
			Files.createDirectories(this.committed);
			for (Path stale : pactsIn(this.committed)) {
				Files.delete(stale);
			}
			for (Path pact : pacts) {
				Path copy = this.committed.resolve(pact.getFileName());
				Files.copy(pact, copy, StandardCopyOption.REPLACE_EXISTING);
				System.out.println("Refreshed " + copy.normalize() + "; commit it.");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** This consumer's pacts in the folder; other consumers' pacts are theirs to check. */
	private List<Path> pactsIn(Path folder) {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		String prefix = this.consumer + "-";
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter((file) -> file.getFileName().toString().startsWith(prefix))
				.filter((file) -> file.getFileName().toString().endsWith(".json"))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

package io.carve.gateway.contracts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pacts this build's consumer tests wrote must be the ones committed under
 * {@code shared-contracts/pacts/}, which is what model-service verifies; otherwise the contract
 * that CI proves is not the one the gateway relies on. Runs after the consumer tests (failsafe).
 * With {@code -Dpacts.refresh=true} it copies the new pacts over the committed ones instead.
 */
class CommittedPactDriftTests {

	private static final String CONSUMER_PREFIX = "gateway-legacy-adapter-";

	private static final String REFRESH = "./mvnw -pl gateway-legacy-adapter -am verify -Dpacts.refresh=true";

	private final Path generated = Path.of(System.getProperty("pact.rootDir", "target/pacts"));

	private final Path committed = Path.of(System.getProperty("pacts.committed", "../shared-contracts/pacts"));

	@Test
	void committedPactsAreTheOnesTheConsumerTestsWrote() throws IOException {
		List<Path> written = pactsIn(this.generated);
		assertThat(written).as("No pact in %s: the consumer tests (ModelServiceClientPactTests) write them and did not"
				+ " run in this build; run them with './mvnw -pl gateway-legacy-adapter -am verify'.", this.generated)
			.isNotEmpty();
		if (Boolean.getBoolean("pacts.refresh")) {
			refresh(written);
			return;
		}
		List<String> problems = new ArrayList<>();
		for (Path pact : written) {
			Path copy = this.committed.resolve(pact.getFileName());
			if (!Files.exists(copy)) {
				problems.add(pact.getFileName() + " is not committed");
				continue;
			}
			PactDrift.between(Files.readString(pact), Files.readString(copy))
				.forEach((difference) -> problems.add(pact.getFileName() + ", " + difference));
		}
		for (Path stale : pactsIn(this.committed)) {
			if (!Files.exists(this.generated.resolve(stale.getFileName()))) {
				problems.add(stale.getFileName() + " is committed but no consumer test writes it any more");
			}
		}
		assertThat(problems).as("""
				The gateway's consumer tests describe a different contract from the one committed in \
				shared-contracts/pacts/, which is what the providers verify:
				  %s
				If the change to the gateway's calls is intended, refresh the committed pacts and commit them \
				with the change:
				  %s
				Their providers' builds then verify the new contract; fix the provider if it does not keep it.
				""", String.join("\n  ", problems), REFRESH).isEmpty();
	}

	private void refresh(List<Path> written) throws IOException {
		Files.createDirectories(this.committed);
		for (Path stale : pactsIn(this.committed)) {
			Files.delete(stale);
		}
		for (Path pact : written) {
			Files.copy(pact, this.committed.resolve(pact.getFileName()), StandardCopyOption.REPLACE_EXISTING);
			System.out.println("Refreshed " + this.committed.resolve(pact.getFileName()).normalize() + "; commit it.");
		}
	}

	/** This consumer's pacts in the folder; other consumers' pacts are theirs to check. */
	private static List<Path> pactsIn(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter((file) -> file.getFileName().toString().startsWith(CONSUMER_PREFIX))
				.filter((file) -> file.getFileName().toString().endsWith(".json"))
				.sorted()
				.toList();
		}
	}

}

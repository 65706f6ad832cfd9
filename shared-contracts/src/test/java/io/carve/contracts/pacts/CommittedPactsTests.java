package io.carve.contracts.pacts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CommittedPactsTests {

	private static final String PACT = """
			{"consumer": {"name": "billing"}, "provider": {"name": "model-service"},
			 "interactions": [{"description": "get one", "request": {"method": "GET", "path": "/one"}, "response": {"status": 200}}]}
			""";

	@TempDir
	Path written;

	@TempDir
	Path committed;

	@Test
	void passesWhenTheCommittedPactIsTheOneWritten() throws IOException {
		write(this.written, "billing-model-service.json", PACT);
		write(this.committed, "billing-model-service.json", PACT);
		new CommittedPacts("billing", this.written, this.committed, false).verifyOrRefresh("./mvnw verify");
	}

	@Test
	void failsWithTheChangedInteractionAndTheRefreshCommand() throws IOException {
		write(this.written, "billing-model-service.json", PACT.replace("200", "204"));
		write(this.committed, "billing-model-service.json", PACT);
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> new CommittedPacts("billing", this.written, this.committed, false).verifyOrRefresh("./mvnw verify"))
			.withMessageContaining("billing-model-service.json, changed: 'get one'")
			.withMessageContaining("./mvnw verify -Dpacts.refresh=true");
	}

	@Test
	void reportsAPactNotCommittedAndOneNoTestWritesAnyMore() throws IOException {
		write(this.written, "billing-model-service.json", PACT);
		write(this.committed, "billing-other-service.json", PACT);
		write(this.committed, "gateway-model-service.json", PACT);
		CommittedPacts pacts = new CommittedPacts("billing", this.written, this.committed, false);
		assertThat(pacts.drift(List.of(this.written.resolve("billing-model-service.json")))).containsExactly(
				"billing-model-service.json is not committed",
				"billing-other-service.json is committed but no consumer test writes it any more");
	}

	@Test
	void refreshesTheCommittedPactsWhenAskedTo() throws IOException {
		write(this.written, "billing-model-service.json", PACT.replace("200", "204"));
		write(this.committed, "billing-model-service.json", PACT);
		write(this.committed, "billing-gone-service.json", PACT);
		new CommittedPacts("billing", this.written, this.committed, true).verifyOrRefresh("./mvnw verify");
		assertThat(this.committed.resolve("billing-model-service.json")).hasContent(PACT.replace("200", "204"));
		assertThat(this.committed.resolve("billing-gone-service.json")).doesNotExist();
	}

	@Test
	void saysHowToRunTheConsumerTestsWhenNoneWroteAPact() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> new CommittedPacts("billing", this.written, this.committed, false).verifyOrRefresh("./mvnw verify"))
			.withMessageContaining("No pact of billing")
			.withMessageContaining("run them with './mvnw verify'");
	}

	private static void write(Path folder, String name, String content) throws IOException {
		Files.writeString(folder.resolve(name), content);
	}

}

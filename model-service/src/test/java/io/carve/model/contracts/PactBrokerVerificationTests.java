package io.carve.model.contracts;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * With {@code PACT_BROKER_BASE_URL} set, the same verification asks the broker for the pacts to
 * verify, pending and work-in-progress ones included, and publishes its results there under the
 * provider version and branch the build gives. Tested against a stub of the broker's API serving the
 * committed pact, there being no broker here.
 */
class PactBrokerVerificationTests {

	private static final Path COMMITTED = Path.of(System.getProperty("pacts.committed", "../shared-contracts/pacts"),
			"gateway-legacy-adapter-model-service.json");

	private static final String VERSION = System.getProperty("pact.provider.version");

	private static final String BRANCH = System.getProperty("pact.provider.branch");

	@Test
	void verifiesTheBrokersPactsAndPublishesTheResultsUnderTheBuildsVersionAndBranch() throws Exception {
		assertThat(VERSION).as("pact.provider.version, which the build sets").isNotBlank();
		assertThat(BRANCH).as("pact.provider.branch, which the build sets").isNotBlank();
		String pact = Files.readString(COMMITTED);
		int interactions = JsonMapper.builder().build().readTree(pact).get("interactions").size();
		try (StubPactBroker broker = new StubPactBroker(pact)) {
			System.setProperty(PactSources.BROKER_URL, broker.url());
			Events events;
			try {
				events = EngineTestKit.engine("junit-jupiter")
					.selectors(selectClass(BrokerPactsVerificationTests.class), selectClass(CommittedPactsVerificationTests.class))
					.execute()
					.testEvents();
			}
			finally {
				System.clearProperty(PactSources.BROKER_URL);
			}
			// The broker's pacts only: the committed files are not verified a second time.
			events.assertStatistics((stats) -> stats.started(interactions).succeeded(interactions).failed(0));
			assertThat(broker.verificationQueries).singleElement()
				.asString()
				.contains("\"includePendingStatus\":true")
				.contains("\"includeWipPactsSince\":\"2026-01-01\"")
				.contains("\"providerVersionBranch\":\"" + BRANCH + "\"");
			assertThat(broker.verificationResults).singleElement()
				.asString()
				.contains("\"success\":true")
				.contains("\"providerApplicationVersion\":\"" + VERSION + "\"");
			assertThat(broker.providerBranchVersions)
				.containsExactly("/pacticipants/model-service/branches/" + BRANCH + "/versions/" + VERSION);
		}
	}

}

package io.carve.gateway.contracts;

import io.carve.contracts.pacts.CommittedPacts;
import org.junit.jupiter.api.Test;

/**
 * The pacts the gateway's consumer tests wrote must be the ones committed under
 * {@code shared-contracts/pacts/}, which is what model-service verifies. Runs after the consumer
 * tests (failsafe); {@code -Dpacts.refresh=true} copies the new pacts over the committed ones.
 */
class CommittedPactDriftTests {

	@Test
	void committedPactsAreTheOnesTheConsumerTestsWrote() {
		CommittedPacts.of("gateway-legacy-adapter").verifyOrRefresh("./mvnw -pl gateway-legacy-adapter -am verify");
	}

}

package com.example.fulfilment.warehouse.v2.order2.events.contracts;

import io.carve.contracts.pacts.CommittedPacts;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The pacts this service's consumer tests wrote must be the ones committed under the platform's
 * {@code shared-contracts/pacts/}, which is what their providers verify. Runs after the consumer
 * tests (failsafe); {@code -Dpacts.refresh=true} copies the new pacts over the committed ones.
 * Outside the platform's folder there are none to compare with.
 */
class CommittedPactDriftTests {

	@Test
	void committedPactsAreTheOnesTheConsumerTestsWrote() {
		CommittedPacts pacts = CommittedPacts.of("order2-fulfilment-events-svc9-x1");
		assumeTrue(pacts.committedFolderExists(), "no shared-contracts/pacts/ beside this service");
		pacts.verifyOrRefresh("./mvnw -pl order2-fulfilment-events-svc9-x1 -am verify");
	}

}

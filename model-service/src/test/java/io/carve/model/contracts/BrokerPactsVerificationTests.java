package io.carve.model.contracts;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactBroker;
import au.com.dius.pact.provider.junitsupport.loader.PactBrokerAuth;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * Verifies the pacts a Pact Broker at {@code PACT_BROKER_BASE_URL} holds for model-service,
 * pending and work-in-progress pacts included (they report but do not fail the build), and
 * publishes the results under {@code pact.provider.version} and {@code pact.provider.branch} (the
 * build gives the pipeline's {@code GIT_COMMIT} and {@code GIT_BRANCH}).
 */
@Provider("model-service")
@PactBroker(url = "${PACT_BROKER_BASE_URL}", authentication = @PactBrokerAuth(token = "${PACT_BROKER_TOKEN:}"),
		enablePendingPacts = "true", providerBranch = "${pact.provider.branch:main}",
		includeWipPactsSince = "${PACT_INCLUDE_WIP_PACTS_SINCE:2026-01-01}")
@EnabledIf("io.carve.model.contracts.PactSources#brokerConfigured")
class BrokerPactsVerificationTests extends ModelServiceProviderStates {

	private static final String PUBLISH_RESULTS = "pact.verifier.publishResults";

	@BeforeAll
	static void publishResults() {
		System.setProperty(PUBLISH_RESULTS, "true");
	}

	@AfterAll
	static void stopPublishingResults() {
		System.clearProperty(PUBLISH_RESULTS);
	}

}

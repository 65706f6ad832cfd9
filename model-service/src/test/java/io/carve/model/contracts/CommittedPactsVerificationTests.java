package io.carve.model.contracts;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import org.junit.jupiter.api.condition.DisabledIf;

/**
 * Verifies every pact committed under {@code shared-contracts/pacts/} whose provider is
 * model-service. With {@code PACT_BROKER_BASE_URL} set, {@link BrokerPactsVerificationTests}
 * verifies the broker's pacts instead.
 */
@Provider("model-service")
@PactFolder("../shared-contracts/pacts")
@DisabledIf("io.carve.model.contracts.PactSources#brokerConfigured")
class CommittedPactsVerificationTests extends ModelServiceProviderStates {

}

package io.carve.model.contracts;

/**
 * Where model-service's verification takes its pacts from: a Pact Broker when
 * {@value #BROKER_URL} is set (in the environment, or as a system property, which Pact reads
 * first), else the committed files in {@code shared-contracts/pacts/}.
 */
final class PactSources {

	static final String BROKER_URL = "PACT_BROKER_BASE_URL";

	private PactSources() {
	}

	static boolean brokerConfigured() {
		return isSet(System.getProperty(BROKER_URL)) || isSet(System.getenv(BROKER_URL));
	}

	private static boolean isSet(String value) {
		return value != null && !value.isBlank();
	}

}

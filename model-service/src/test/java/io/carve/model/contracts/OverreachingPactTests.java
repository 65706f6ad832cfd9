package io.carve.model.contracts;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * The verification can fail: a pact that promises a field model-service does not serve is
 * refused by the same verification that checks the committed pacts.
 */
class OverreachingPactTests {

	private static final String SWITCH = "io.carve.verify-overreaching-pact";

	@Test
	void failsAPactThatPromisesMoreThanModelServiceServes() {
		System.setProperty(SWITCH, "true");
		try {
			Events events = EngineTestKit.engine("junit-jupiter")
				.selectors(selectClass(OverreachingPactVerification.class))
				.execute()
				.testEvents();
			events.assertStatistics((stats) -> stats.started(1).failed(1).succeeded(0));
			Throwable failure = events.failed()
				.stream()
				.map((event) -> event.getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow())
				.findFirst()
				.orElseThrow();
			assertThat(failure).hasMessageContaining("colour");
		}
		finally {
			System.clearProperty(SWITCH);
		}
	}

	/** Runs only inside the test above, which expects it to fail. */
	@Provider("model-service")
	@PactFolder("src/test/resources/pacts-promising-too-much")
	@EnabledIfSystemProperty(named = SWITCH, matches = "true")
	static class OverreachingPactVerification extends ModelServiceProviderStates {

	}

}

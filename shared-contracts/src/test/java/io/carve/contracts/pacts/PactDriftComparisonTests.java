package io.carve.contracts.pacts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PactDriftComparisonTests {

	private static final String PACT = """
			{"consumer": {"name": "c"}, "provider": {"name": "p"},
			 "interactions": [
			   {"description": "get one", "providerStates": [{"name": "one exists"}],
			    "request": {"method": "GET", "path": "/one"}, "response": {"status": 200}},
			   {"description": "get none", "request": {"method": "GET", "path": "/none"}, "response": {"status": 404}}],
			 "metadata": {"pact-jvm": {"version": "4.7.5"}}}
			""";

	@Test
	void ignoresMetadataAndTheOrderOfInteractions() {
		String reordered = """
				{"consumer": {"name": "c"}, "provider": {"name": "p"},
				 "interactions": [
				   {"description": "get none", "request": {"method": "GET", "path": "/none"}, "response": {"status": 404}},
				   {"description": "get one", "providerStates": [{"name": "one exists"}],
				    "request": {"method": "GET", "path": "/one"}, "response": {"status": 200}}],
				 "metadata": {"pact-jvm": {"version": "4.8.0"}}}
				""";
		assertThat(PactDrift.between(reordered, PACT)).isEmpty();
	}

	@Test
	void reportsAChangedResponse() {
		String changed = PACT.replace("\"status\": 404", "\"status\": 410");
		assertThat(PactDrift.between(changed, PACT)).containsExactly("changed: 'get none'");
	}

	@Test
	void reportsAddedAndRemovedInteractions() {
		String renamed = PACT.replace("get one", "get the one");
		assertThat(PactDrift.between(renamed, PACT)).containsExactly(
				"added:   'get the one' given [{\"name\":\"one exists\"}]",
				"removed: 'get one' given [{\"name\":\"one exists\"}]");
	}

	@Test
	void reportsARenamedProvider() {
		assertThat(PactDrift.between(PACT.replace("\"name\": \"p\"", "\"name\": \"q\""), PACT))
			.containsExactly("changed: consumer or provider name");
	}

}

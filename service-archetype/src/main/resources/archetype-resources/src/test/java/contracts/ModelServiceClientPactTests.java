#set( $symbol_dollar = '$' )
#set( $symbol_escape = '\' )
package ${package}.contracts;

import java.net.URI;
import java.util.List;
import java.util.Map;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.carve.contracts.model.Model;
import io.carve.contracts.model.ModelServiceClient;
import io.carve.contracts.model.ModelType;
import io.carve.contracts.problems.RemoteProblemException;
import ${package}.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.client.discovery.simple.InstanceProperties;
import org.springframework.cloud.client.discovery.simple.SimpleDiscoveryProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * ${artifactId}'s contract with model-service: the calls this service makes, made through the
 * production Feign client (decoders, error decoder, resilience) against Pact's mock server. The
 * pact lands in {@code target/pacts/}; committed to {@code shared-contracts/pacts/}, it is verified
 * by model-service's build against the real service.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = ModelServiceClient.SERVICE, pactVersion = PactSpecVersion.V3)
class ModelServiceClientPactTests extends ServiceIntegrationTest {

	private static final String CONSUMER = "${artifactId}";

	@Autowired
	private ModelServiceClient client;

	@Autowired
	private SimpleDiscoveryProperties discovery;

	@Pact(consumer = CONSUMER)
	RequestResponsePact getExistingModel(PactDslWithProvider builder) {
		return builder.given("a model exists", Map.of("name", "${artifactId}-owner", "type", "GROUP"))
			.uponReceiving("a request from ${artifactId} for an existing model")
			.method("GET")
			.pathFromProviderState("/api/v1/models/${symbol_dollar}{id}", "/api/v1/models/7")
			.headers("Accept", "application/json")
			.willRespondWith()
			.status(200)
			.matchHeader("Content-Type", "application/json.*", "application/json")
			.body(new PactDslJsonBody().valueFromProviderState("id", "${symbol_dollar}{id}", 7)
				.stringValue("name", "${artifactId}-owner")
				.stringValue("type", "GROUP")
				.stringMatcher("url", "/api/v1/models/${symbol_escape}${symbol_escape}d+", "/api/v1/models/7"))
			.toPact();
	}

	@Test
	@PactTestFor(pactMethod = "getExistingModel")
	void readsAModelOfModelService(MockServer mockServer) {
		routeModelServiceTo(mockServer.getUrl());
		Model model = this.client.getModel(7);
		assertThat(model.id()).isEqualTo(7);
		assertThat(model.name()).isEqualTo("${artifactId}-owner");
		assertThat(model.type()).isEqualTo(ModelType.GROUP);
		assertThat(model.url()).isEqualTo("/api/v1/models/7");
	}

	@Pact(consumer = CONSUMER)
	RequestResponsePact getMissingModel(PactDslWithProvider builder) {
		return builder.given("no model has id 999999")
			.uponReceiving("a request from ${artifactId} for a model that does not exist")
			.method("GET")
			.path("/api/v1/models/999999")
			.headers("Accept", "application/json")
			.willRespondWith()
			.status(404)
			.matchHeader("Content-Type", "application/problem${symbol_escape}${symbol_escape}+json.*", "application/problem+json")
			.body(new PactDslJsonBody().numberValue("status", 404)
				.stringValue("title", "Model not found")
				.stringType("detail", "No model has id 999999.")
				.stringValue("service", ModelServiceClient.SERVICE)
				.stringMatcher("traceId", "[0-9a-f]{32}", "4bf92f3577b34da6a3ce929d0e0e4736"))
			.toPact();
	}

	@Test
	@PactTestFor(pactMethod = "getMissingModel")
	void turnsAMissingModelIntoAProblemNamingModelService(MockServer mockServer) {
		routeModelServiceTo(mockServer.getUrl());
		RemoteProblemException problem = catchThrowableOfType(RemoteProblemException.class,
				() -> this.client.getModel(999999));
		assertThat(problem.status()).isEqualTo(404);
		assertThat(problem.service()).isEqualTo(ModelServiceClient.SERVICE);
		assertThat(problem.problem().title()).isEqualTo("Model not found");
		assertThat(problem.problem().traceId()).hasSize(32);
	}

	/** Points the client at Pact's mock server, the one instance of model-service for this test. */
	private void routeModelServiceTo(String uri) {
		InstanceProperties instance = new InstanceProperties();
		instance.setServiceId(ModelServiceClient.SERVICE);
		instance.setUri(URI.create(uri));
		this.discovery.getInstances().put(ModelServiceClient.SERVICE, List.of(instance));
	}

}

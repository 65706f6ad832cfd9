package com.example.fulfilment.warehouse.v2.order2.events.contracts;

import java.net.URI;
import java.util.List;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.carve.contracts.model.Model;
import io.carve.contracts.model.ModelServiceClient;
import io.carve.contracts.model.ModelType;
import io.carve.contracts.pacts.ModelServicePacts;
import io.carve.starter.client.RemoteProblemException;
import com.example.fulfilment.warehouse.v2.order2.events.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.client.discovery.simple.InstanceProperties;
import org.springframework.cloud.client.discovery.simple.SimpleDiscoveryProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * order2-fulfilment-events-svc9-x1's contract with model-service: the calls this service makes, through the
 * production Feign client (its decoders, error decoder and resilience) against Pact's mock server.
 * The pact lands in {@code target/pacts/}; committed to {@code shared-contracts/pacts/}, it is
 * verified by model-service's build against the real service. Add an interaction for each call.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = ModelServiceClient.SERVICE, pactVersion = PactSpecVersion.V3)
class ModelServiceClientPactTests extends ServiceIntegrationTest {

	private static final String CONSUMER = "order2-fulfilment-events-svc9-x1";

	@Autowired
	private ModelServiceClient client;

	@Autowired
	private SimpleDiscoveryProperties discovery;

	@Pact(consumer = CONSUMER)
	RequestResponsePact getExistingModel(PactDslWithProvider builder) {
		return ModelServicePacts.existingModel(builder, "order2-fulfilment-events-svc9-x1-owner", "GROUP");
	}

	@Test
	@PactTestFor(pactMethod = "getExistingModel")
	void readsAModelOfModelService(MockServer mockServer) {
		routeModelServiceTo(mockServer.getUrl());

		Model model = this.client.getModel(42);

		assertThat(model.id()).isEqualTo(42);
		assertThat(model.name()).isEqualTo("order2-fulfilment-events-svc9-x1-owner");
		assertThat(model.type()).isEqualTo(ModelType.GROUP);
		assertThat(model.url()).isEqualTo("/api/v1/models/42");
	}

	@Pact(consumer = CONSUMER)
	RequestResponsePact getMissingModel(PactDslWithProvider builder) {
		return ModelServicePacts.missingModel(builder);
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

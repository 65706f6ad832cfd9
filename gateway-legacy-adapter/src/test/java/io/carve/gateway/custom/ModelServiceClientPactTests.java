package io.carve.gateway.custom;

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
import io.carve.contracts.model.ModelPage;
import io.carve.contracts.model.ModelServiceClient;
import io.carve.contracts.model.ModelType;
import io.carve.contracts.model.NewModel;
import io.carve.contracts.pacts.ModelServicePacts;
import io.carve.gateway.GatewayIntegrationTest;
import io.carve.starter.client.RemoteProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;

import static io.carve.contracts.pacts.ModelServicePacts.PROBLEM_JSON;
import static io.carve.contracts.pacts.ModelServicePacts.modelFields;
import static io.carve.contracts.pacts.ModelServicePacts.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The gateway's contract with model-service: every call the gateway makes, errors included,
 * made through the production Feign client (its decoders, error decoder and resilience wiring)
 * against Pact's mock server. The pact it writes must match the committed one in
 * {@code shared-contracts/pacts/}, and model-service verifies that one against itself.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = ModelServiceClient.SERVICE, pactVersion = PactSpecVersion.V3)
class ModelServiceClientPactTests extends GatewayIntegrationTest {

	private static final String CONSUMER = "gateway-legacy-adapter";

	/** A random UUID as an RFC 8941 string, as the client sends it. */
	private static final String IDEMPOTENCY_KEY = "\"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\"";

	@Autowired
	private ModelServiceClient client;

	@Pact(consumer = CONSUMER)
	RequestResponsePact getExistingModel(PactDslWithProvider builder) {
		return ModelServicePacts.existingModel(builder, "pact-existing", "USER");
	}

	@Test
	@PactTestFor(pactMethod = "getExistingModel")
	void readsAModel(MockServer mockServer) {
		routeModelServiceTo(mockServer.getUrl());
		Model model = this.client.getModel(42);
		assertThat(model.id()).isEqualTo(42);
		assertThat(model.name()).isEqualTo("pact-existing");
		assertThat(model.type()).isEqualTo(ModelType.USER);
		assertThat(model.createdAt()).isNotNull();
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
		assertThat(problem.problem().traceId()).isNotBlank();
	}

	@Pact(consumer = CONSUMER)
	RequestResponsePact listModels(PactDslWithProvider builder) {
		return builder.given("a model exists", Map.of("name", "pact-listed", "type", "GROUP"))
			.uponReceiving("a request for the first page of models")
			.method("GET")
			.path("/api/v1/models")
			.query("page=0&size=100")
			.headers("Accept", "application/json")
			.willRespondWith()
			.status(200)
			.matchHeader("Content-Type", "application/json.*", "application/json")
			.body(modelFields(new PactDslJsonBody().minArrayLike("items", 1).integerType("id", 42), "pact-listed", "GROUP")
				.closeObject()
				.closeArray()
				.asBody()
				.integerType("page", 0)
				.integerType("size", 100)
				.integerType("totalElements", 1)
				.integerType("totalPages", 1))
			.toPact();
	}

	@Test
	@PactTestFor(pactMethod = "listModels")
	void readsAPageOfModels(MockServer mockServer) {
		routeModelServiceTo(mockServer.getUrl());
		ModelPage page = this.client.listModels(0, ModelServiceClient.MAX_PAGE_SIZE);
		assertThat(page.items()).isNotEmpty();
		assertThat(page.items().get(0).url()).startsWith("/api/v1/models/");
		assertThat(page.hasNext()).isFalse();
	}

	@Pact(consumer = CONSUMER)
	RequestResponsePact createModel(PactDslWithProvider builder) {
		return builder.given("no model is named pact-created")
			.uponReceiving("a request to create a model")
			.method("POST")
			.path("/api/v1/models")
			.headers(Map.of("Content-Type", "application/json", "Accept", "application/json"))
			// The production client sends a fresh key with every create (service-starter's IdempotencyKeyInterceptor).
			.matchHeader("Idempotency-Key", IDEMPOTENCY_KEY, "\"8e03978e-40d5-43e8-bc93-6894a57f9324\"")
			.body(new PactDslJsonBody().stringValue("name", "pact-created").stringValue("type", "USER"))
			.willRespondWith()
			.status(201)
			.matchHeader("Location", "/api/v1/models/\\d+", "/api/v1/models/42")
			.matchHeader("Content-Type", "application/json.*", "application/json")
			.body(modelFields(new PactDslJsonBody().integerType("id", 42), "pact-created", "USER"))
			.toPact();
	}

	@Test
	@PactTestFor(pactMethod = "createModel")
	void createsAModel(MockServer mockServer) {
		routeModelServiceTo(mockServer.getUrl());
		Model model = this.client.createModel(new NewModel("pact-created", ModelType.USER));
		assertThat(model.name()).isEqualTo("pact-created");
		assertThat(model.url()).isEqualTo("/api/v1/models/" + model.id());
	}

	@Pact(consumer = CONSUMER)
	RequestResponsePact createDuplicateModel(PactDslWithProvider builder) {
		return builder.given("a model exists", Map.of("name", "pact-taken", "type", "USER"))
			.uponReceiving("a request to create a model with a name already taken")
			.method("POST")
			.path("/api/v1/models")
			.headers(Map.of("Content-Type", "application/json", "Accept", "application/json"))
			// The production client sends a fresh key with every create (service-starter's IdempotencyKeyInterceptor).
			.matchHeader("Idempotency-Key", IDEMPOTENCY_KEY, "\"5f1a2b3c-0000-4000-8000-000000000409\"")
			.body(new PactDslJsonBody().stringValue("name", "pact-taken").stringValue("type", "USER"))
			.willRespondWith()
			.status(409)
			.matchHeader("Content-Type", "application/problem\\+json.*", PROBLEM_JSON)
			.body(problem(409).stringValue("title", "Duplicate model name"))
			.toPact();
	}

	@Test
	@PactTestFor(pactMethod = "createDuplicateModel")
	void turnsADuplicateNameIntoAConflict(MockServer mockServer) {
		routeModelServiceTo(mockServer.getUrl());
		RemoteProblemException problem = catchThrowableOfType(RemoteProblemException.class,
				() -> this.client.createModel(new NewModel("pact-taken", ModelType.USER)));
		assertThat(problem.status()).isEqualTo(409);
		assertThat(problem.problem().detail()).isNotBlank();
	}

	@Pact(consumer = CONSUMER)
	RequestResponsePact createUnstorableModel(PactDslWithProvider builder) {
		return builder.given("no model is named pact-created")
			.uponReceiving("a request to create a model whose name holds a NUL character")
			.method("POST")
			.path("/api/v1/models")
			.headers(Map.of("Content-Type", "application/json", "Accept", "application/json"))
			// The production client sends a fresh key with every create (service-starter's IdempotencyKeyInterceptor).
			.matchHeader("Idempotency-Key", IDEMPOTENCY_KEY, "\"5f1a2b3c-0000-4000-8000-000000000400\"")
			.body(new PactDslJsonBody().stringValue("name", "bad\u0000name").stringValue("type", "USER"))
			.willRespondWith()
			.status(400)
			.matchHeader("Content-Type", "application/problem\\+json.*", PROBLEM_JSON)
			.body(problem(400).stringValue("title", "Invalid request")
				.minArrayLike("errors", 1)
				.stringValue("field", "name")
				.stringType("message", "must not contain a NUL character (U+0000) (character 4); text may hold no"
						+ " control character other than tab, line feed and carriage return, no unpaired surrogate,"
						+ " U+FFFE or U+FFFF")
				.closeObject()
				.closeArray())
			.toPact();
	}

	@Test
	@PactTestFor(pactMethod = "createUnstorableModel")
	void turnsInvalidInputIntoAProblemListingTheField(MockServer mockServer) {
		routeModelServiceTo(mockServer.getUrl());
		RemoteProblemException problem = catchThrowableOfType(RemoteProblemException.class,
				() -> this.client.createModel(new NewModel("bad\u0000name", ModelType.USER)));
		assertThat(problem.status()).isEqualTo(400);
		assertThat(problem.problem().errors()).extracting("field").containsExactly("name");
	}

}

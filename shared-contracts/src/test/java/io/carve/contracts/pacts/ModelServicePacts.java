package io.carve.contracts.pacts;

import java.util.Map;

import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.core.model.RequestResponsePact;
import io.carve.contracts.model.ModelServiceClient;

/**
 * model-service's answers as a consumer's Pact tests describe them, and the interactions every
 * consumer of {@link ModelServiceClient} has, so that consumers promise the same things in the
 * same words and model-service's provider states serve them all.
 */
public final class ModelServicePacts {

	/** The media type of every error answer. */
	public static final String PROBLEM_JSON = "application/problem+json";

	private static final String ISO_INSTANT = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z";

	private ModelServicePacts() {
	}

	/** GET of a model that the provider state "a model exists" creates with this name and type. */
	public static RequestResponsePact existingModel(PactDslWithProvider builder, String name, String type) {
		return builder.given("a model exists", Map.of("name", name, "type", type))
			.uponReceiving("a request for an existing model")
			.method("GET")
			.pathFromProviderState("/api/v1/models/${id}", "/api/v1/models/42")
			.headers("Accept", "application/json")
			.willRespondWith()
			.status(200)
			.matchHeader("Content-Type", "application/json.*", "application/json")
			.body(modelFields(new PactDslJsonBody().valueFromProviderState("id", "${id}", 42), name, type))
			.toPact();
	}

	/** GET of id 999999, which no model has: a 404 problem titled "Model not found". */
	public static RequestResponsePact missingModel(PactDslWithProvider builder) {
		return builder.given("no model has id 999999")
			.uponReceiving("a request for a model that does not exist")
			.method("GET")
			.path("/api/v1/models/999999")
			.headers("Accept", "application/json")
			.willRespondWith()
			.status(404)
			.matchHeader("Content-Type", "application/problem\\+json.*", PROBLEM_JSON)
			.body(problem(404).stringValue("title", "Model not found"))
			.toPact();
	}

	/** A model's fields after its id: name and type as given, timestamps and url by their form. */
	public static PactDslJsonBody modelFields(PactDslJsonBody body, String name, String type) {
		return body.stringValue("name", name)
			.stringValue("type", type)
			.stringMatcher("createdAt", ISO_INSTANT, "2026-11-26T08:00:00.123456Z")
			.stringMatcher("updatedAt", ISO_INSTANT, "2026-11-26T08:00:00.123456Z")
			.stringMatcher("url", "/api/v1/models/\\d+", "/api/v1/models/42");
	}

	/** A problem of model-service with this status; add its title and fields. */
	public static PactDslJsonBody problem(int status) {
		return new PactDslJsonBody().numberValue("status", status)
			.stringType("detail", "What went wrong, and what to do about it.")
			.stringType("instance", "/api/v1/models")
			.stringValue("service", ModelServiceClient.SERVICE)
			.stringMatcher("traceId", "[0-9a-f]{32}", "4bf92f3577b34da6a3ce929d0e0e4736");
	}

}

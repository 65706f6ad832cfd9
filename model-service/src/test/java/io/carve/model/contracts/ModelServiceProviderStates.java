package io.carve.model.contracts;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.State;
import io.carve.model.ServiceIntegrationTest;
import io.carve.test.ApiClient;
import io.carve.test.SharedPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * model-service keeping its consumers' pacts: each interaction is replayed against the running
 * service on the real database, after its provider state has set up real rows through the API.
 * Subclasses say where the pacts come from.
 */
abstract class ModelServiceProviderStates extends ServiceIntegrationTest {

	/** The context is null only where no pact names this service and that is allowed (a new service). */
	@BeforeEach
	void target(PactVerificationContext context) throws SQLException {
		// Each interaction is a new client's first call: no key a consumer's example repeats is remembered.
		try (Connection connection = DriverManager.getConnection(SharedPostgres.jdbcUrl(), "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute("DELETE FROM carve_idempotency_key");
		}
		if (context != null) {
			context.setTarget(new HttpTestTarget("localhost", this.port));
		}
	}

	@TestTemplate
	@ExtendWith(PactVerificationInvocationContextProvider.class)
	void keepsTheContract(PactVerificationContext context) {
		if (context != null) {
			context.verifyInteraction();
		}
	}

	/** A model with the given name and type; its id goes to the interaction as {@code id}. */
	@State("a model exists")
	Map<String, Object> aModelExists(Map<String, Object> params) {
		String name = String.valueOf(params.get("name"));
		Long id = idOfModelNamed(name);
		if (id == null) {
			id = createModel(name, String.valueOf(params.get("type")));
		}
		return Map.of("id", id);
	}

	@State("no model has id 999999")
	void noModelHasId999999() {
		this.api.delete("/api/v1/models/999999");
	}

	@State("no model is named pact-created")
	void noModelIsNamedPactCreated() {
		Long id = idOfModelNamed("pact-created");
		if (id != null) {
			this.api.delete("/api/v1/models/" + id);
		}
	}

	private Long idOfModelNamed(String name) {
		String query = "?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8);
		JsonNode items = ApiClient.json(this.api.get("/api/v1/models" + query, "application/json")).get("items");
		for (JsonNode item : items) {
			if (item.get("name").asString().equals(name)) {
				return item.get("id").asLong();
			}
		}
		return null;
	}

}

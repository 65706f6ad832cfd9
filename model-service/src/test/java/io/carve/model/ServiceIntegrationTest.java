package io.carve.model;

import java.util.UUID;

import io.carve.test.ApiClient;
import io.carve.test.SharedPostgres;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of tests that call the running service over real HTTP, on the JVM's shared PostgreSQL,
 * with model-service's own helpers. All subclasses share one application context.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
public abstract class ServiceIntegrationTest {

	@LocalServerPort
	protected int port;

	protected ApiClient api;

	@DynamicPropertySource
	static void sharedPostgres(DynamicPropertyRegistry registry) {
		SharedPostgres.register(registry);
	}

	@BeforeEach
	void connect() {
		this.api = new ApiClient("http://localhost:" + this.port);
	}

	/** Creates a model over the API and returns its id. */
	protected long createModel(String name, String type) {
		var response = this.api.postJson("/api/v1/models", "{\"name\":\"" + name + "\",\"type\":\"" + type + "\"}");
		if (response.statusCode() != 201) {
			throw new IllegalStateException("Could not create model " + name + ": " + response.body());
		}
		return ApiClient.json(response).get("id").asLong();
	}

	/** A model name no other test uses, so tests need no cleanup between them. */
	protected static String uniqueName(String prefix) {
		return prefix + "-" + UUID.randomUUID();
	}

}

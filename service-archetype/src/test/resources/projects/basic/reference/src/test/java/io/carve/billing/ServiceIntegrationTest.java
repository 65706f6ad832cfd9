package io.carve.billing;

import io.carve.test.ApiClient;
import io.carve.test.SharedPostgres;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that call billing-service over real HTTP, on the platform's PostgreSQL for the
 * test JVM; every subclass shares one application context.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
public abstract class ServiceIntegrationTest {

	@LocalServerPort
	private int port;

	/** The HTTP client of the running service. */
	protected ApiClient api;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		SharedPostgres.register(registry);
	}

	@BeforeEach
	void connect() {
		this.api = new ApiClient("http://localhost:" + this.port);
	}

}

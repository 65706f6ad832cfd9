package io.carve.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.carve.contracts.model.ModelServiceClient;
import io.carve.gateway.legacy.LegacyStandIn;
import io.carve.test.ApiClient;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.client.discovery.simple.InstanceProperties;
import org.springframework.cloud.client.discovery.simple.SimpleDiscoveryProperties;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of tests that run the whole gateway on a random port, in front of a WireMock standing in
 * for model-service and a legacy stand-in, both started once per JVM. All subclasses share one
 * application context; each test starts with the circuit closed and model-service's instance
 * list pointing at the WireMock. The tests' client is signed in at the stand-in monolith, which
 * the gateway asks to authenticate every request to a migrated route, as real clients are.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "resilience4j.bulkhead.instances.model-service.max-concurrent-calls=" + GatewayIntegrationTest.BULKHEAD)
public abstract class GatewayIntegrationTest {

	/** Concurrent calls to model-service the tests allow, few enough to fill with a handful of callers. */
	protected static final int BULKHEAD = 4;

	/**
	 * The tests' routes file, which the build names in {@code GATEWAY_LEGACY_ADAPTER_ROUTES} as
	 * production does; absent unless a test of the route modes writes it (and puts it back after).
	 */
	protected static final String ROUTES = System.getProperty("GATEWAY_LEGACY_ADAPTER_ROUTES",
			"target/gateway-test-routes/routes.yml");

	/** The header of a signed-in client, for requests written by hand ({@code RawExchange}). */
	protected static final String SIGNED_IN = "Authorization: Bearer " + LegacyStandIn.TOKEN;

	/** A port nothing listens on: connections to it are refused at once. */
	protected static final int DEAD_PORT = 9;

	protected static final WireMockServer modelService = startWireMock();

	protected static final LegacyStandIn legacy = startLegacy();

	@LocalServerPort
	private int port;

	@LocalManagementPort
	private int managementPort;

	@Autowired
	private SimpleDiscoveryProperties discovery;

	@Autowired
	private CircuitBreakerRegistry circuitBreakers;

	protected ApiClient gateway;

	@DynamicPropertySource
	static void upstreams(DynamicPropertyRegistry registry) {
		registry.add("spring.cloud.discovery.client.simple.instances.model-service[0].uri", modelService::baseUrl);
		registry.add("legacy.base-url", () -> "http://127.0.0.1:" + legacy.port());
	}

	@BeforeEach
	void resetUpstreams() {
		modelService.resetAll();
		this.circuitBreakers.circuitBreaker(ModelServiceClient.SERVICE).reset();
		routeModelServiceTo(modelService.baseUrl());
		this.gateway = new ApiClient("http://localhost:" + this.port).withHeaders("Authorization",
				"Bearer " + LegacyStandIn.TOKEN);
	}

	/** The port the gateway under test listens on. */
	protected int port() {
		return this.port;
	}

	/** Actuator in full, on the gateway's management port (bound to loopback). */
	protected ApiClient management() {
		return new ApiClient("http://127.0.0.1:" + this.managementPort);
	}

	/** Lists these instances of model-service, in this order, for the load balancer to pick from. */
	protected void routeModelServiceTo(String... uris) {
		List<InstanceProperties> instances = new ArrayList<>();
		for (String uri : uris) {
			InstanceProperties instance = new InstanceProperties();
			instance.setServiceId(ModelServiceClient.SERVICE);
			instance.setUri(URI.create(uri));
			instances.add(instance);
		}
		this.discovery.getInstances().put(ModelServiceClient.SERVICE, instances);
	}

	private static WireMockServer startWireMock() {
		WireMockServer server = new WireMockServer(WireMockConfiguration.options()
			.dynamicPort()
			.bindAddress("127.0.0.1")
			.extensions(new EveryOtherAnswerFails()));
		server.start();
		Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		return server;
	}

	private static LegacyStandIn startLegacy() {
		try {
			LegacyStandIn standIn = LegacyStandIn.start(0);
			Runtime.getRuntime().addShutdownHook(new Thread(standIn::close));
			return standIn;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

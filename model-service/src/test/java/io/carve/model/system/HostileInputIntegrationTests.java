package io.carve.model.system;

import java.time.Duration;
import java.util.List;

import io.carve.model.ModelServiceApplication;
import io.carve.test.ApiClient;
import io.carve.test.HostileRequest;
import io.carve.test.SharedPostgres;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Random and hostile requests against every endpoint of the running service, in the spirit of
 * a fuzzer: deeply nested and truncated JSON, XML entities and DOCTYPEs, NUL bytes, lone
 * surrogates, invalid UTF-8, odd Content-Types, huge numbers and page sizes, wrong types. Each
 * one must be answered, within seconds, with anything but a 5xx.
 */
class HostileInputIntegrationTests {

	private static final Duration BOUND = Duration.ofSeconds(10);

	private static final List<String> ENDPOINTS = List.of("GET /api/v1/models", "POST /api/v1/models",
			"GET /api/v1/models/{id}", "PUT /api/v1/models/{id}", "DELETE /api/v1/models/{id}",
			"GET /api/v1/models/{id}/values", "POST /api/v1/models/{id}/values",
			"GET /api/v1/models/{id}/values/{valueId}", "PUT /api/v1/models/{id}/values/{valueId}",
			"DELETE /api/v1/models/{id}/values/{valueId}", "PATCH /api/v1/models/{id}", "OPTIONS /api/v1/models",
			"GET /actuator/health", "GET /v3/api-docs", "GET /error", "POST /error");

	private static ConfigurableApplicationContext service;

	private static ApiClient api;

	private static long modelId;

	private static long valueId;

	@BeforeContainer
	static void startTheService() {
		service = new SpringApplicationBuilder(ModelServiceApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + SharedPostgres.jdbcUrl(), "--spring.datasource.username=postgres");
		api = new ApiClient("http://127.0.0.1:" + service.getEnvironment().getProperty("local.server.port"));
		modelId = ApiClient.json(api.postJson("/api/v1/models",
				"{\"name\":\"hostile-" + System.nanoTime() + "\",\"type\":\"USER\"}")).get("id").asLong();
		valueId = ApiClient.json(api.postJson("/api/v1/models/" + modelId + "/values", "{\"value\":\"v\"}"))
			.get("id")
			.asLong();
	}

	@AfterContainer
	static void stopTheService() {
		service.close();
	}

	@Property(tries = 800)
	void neverAnswersA5xxNorHangs(@ForAll("requests") HostileRequest request) {
		Statistics.collect(request.sendExpectingNoServerError(api, BOUND).statusCode());
	}

	@Provide
	Arbitrary<HostileRequest> requests() {
		return Combinators
			.combine(Arbitraries.of(ENDPOINTS), HostileValues.pathSegments(modelId), HostileValues.pathSegments(valueId),
					HostileValues.queries(), HostileValues.contentTypes(), HostileValues.accepts(),
					HostileValues.bodies(), HostileValues.ifMatches())
			.as((endpoint, id, value, query, contentType, accept, body, ifMatch) -> new HostileRequest(
					endpoint.substring(0, endpoint.indexOf(' ')), endpoint.substring(endpoint.indexOf(' ') + 1)
						.replace("{id}", id)
						.replace("{valueId}", value) + query,
					contentType, accept, body, (ifMatch != null) ? new String[] { "If-Match", ifMatch } : new String[0]));
	}

}

package io.carve.gateway.system;

import java.util.List;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.carve.gateway.ConcurrentLoad;
import io.carve.gateway.ConcurrentLoad.Answer;
import io.carve.gateway.EveryOtherAnswerFails;
import io.carve.gateway.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retries against a model-service that fails every other answer, under load: the retry budget
 * keeps the attempts near the calls, and a create is never sent twice. The circuit breaker is set
 * to stay closed here, so that it is the retries that are measured, not the open circuit.
 */
@TestPropertySource(properties = "resilience4j.circuitbreaker.instances.model-service.failure-rate-threshold=100")
class RetryBudgetIntegrationTests extends GatewayIntegrationTest {

	private static final int CALLERS = 4;

	private static final int REQUESTS = 300;

	private static final String MODEL_7 = "{\"id\":7,\"name\":\"seven\",\"type\":\"USER\",\"createdAt\":\"2026-11-26T08:00:00Z\","
			+ "\"updatedAt\":\"2026-11-26T08:00:00Z\",\"url\":\"/api/v1/models/7\"}";

	@Test
	void makesAtMostOnePointTwoAttemptsPerReadWhenHalfTheAnswersFail() {
		failEveryOtherAnswer(get(urlPathMatching("/api/v1/models/7")), aResponse().withStatus(200));
		List<Answer> answers = ConcurrentLoad.run(CALLERS, REQUESTS, (n) -> this.gateway.get("/api/custom/7"));
		int attempts = modelService.countRequestsMatching(getRequestedFor(urlPathEqualTo("/api/v1/models/7")).build())
			.getCount();
		long succeeded = answers.stream().filter((answer) -> answer.status() == 200).count();
		System.out.printf("%d reads made %d attempts (%.3f each); %d answered 200%n", REQUESTS, attempts,
				(double) attempts / REQUESTS, succeeded);
		assertThat(answers).allSatisfy((answer) -> assertThat(answer.status() == 200 || answer.isProblem(502)).isTrue());
		assertThat((double) attempts / REQUESTS).isLessThanOrEqualTo(1.2);
		// Retries still help: without them, half the reads would fail.
		assertThat(attempts).isGreaterThan(REQUESTS);
		assertThat(succeeded).isGreaterThan(REQUESTS / 2 + 10);
	}

	@Test
	void neverSendsACreateTwiceWhenHalfTheAnswersFail() {
		failEveryOtherAnswer(post("/api/v1/models"), aResponse().withStatus(201));
		List<Answer> answers = ConcurrentLoad.run(CALLERS, REQUESTS,
				(n) -> this.gateway.postJson("/api/custom", "{\"name\":\"item-" + n + "\"}"));
		assertThat(answers).extracting(Answer::status).containsOnly(201, 502).contains(201, 502);
		modelService.verify(REQUESTS, postRequestedFor(urlPathEqualTo("/api/v1/models")));
		for (int n = 0; n < REQUESTS; n++) {
			modelService.verify(1, postRequestedFor(urlPathEqualTo("/api/v1/models"))
				.withRequestBody(matchingJsonPath("$.name", equalTo("item-" + n))));
		}
	}

	/** Answers 503 and the given answer in turn: half of the answers fail. */
	private static void failEveryOtherAnswer(MappingBuilder request, ResponseDefinitionBuilder success) {
		modelService.stubFor(request.willReturn(success.withHeader("Content-Type", "application/json")
			.withBody(MODEL_7)
			.withTransformers(EveryOtherAnswerFails.NAME)));
	}

}

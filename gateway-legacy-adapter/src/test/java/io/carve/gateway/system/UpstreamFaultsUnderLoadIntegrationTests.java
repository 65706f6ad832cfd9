package io.carve.gateway.system;

import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.http.Fault;
import io.carve.gateway.ConcurrentLoad;
import io.carve.gateway.ConcurrentLoad.Answer;
import io.carve.gateway.GatewayIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * model-service's connection broken in each way WireMock can break it, under load from many
 * callers at once, reads and creates mixed: every caller gets a clean 502 or 503 problem, fast.
 */
class UpstreamFaultsUnderLoadIntegrationTests extends GatewayIntegrationTest {

	private static final int CALLERS = 8;

	private static final int REQUESTS = 240;

	@ParameterizedTest
	@EnumSource(value = Fault.class, names = { "CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE",
			"MALFORMED_RESPONSE_CHUNK", "RANDOM_DATA_THEN_CLOSE" })
	void answersEveryCallerAClean502Or503Problem(Fault fault) {
		modelService.stubFor(any(urlPathMatching("/api/v1/models.*")).willReturn(aResponse().withFault(fault)));
		List<Answer> answers = ConcurrentLoad.run(CALLERS, REQUESTS, (n) -> switch (n % 3) {
			case 0 -> this.gateway.get("/api/custom/" + n);
			case 1 -> this.gateway.get("/api/custom", "application/xml");
			default -> this.gateway.postJson("/api/custom", "{\"name\":\"item-" + n + "\"}");
		});
		assertThat(answers).hasSize(REQUESTS);
		assertThat(answers).allSatisfy((answer) -> {
			assertThat(answer.failure()).isNull();
			assertThat(answer.took()).isLessThan(Duration.ofSeconds(3));
		});
		// XML callers get their problems in XML; everyone else must get a JSON problem.
		assertThat(answers).filteredOn((answer) -> answer.index() % 3 != 1)
			.allMatch((answer) -> answer.isProblem(502, 503), "a 502 or 503 problem");
		assertThat(answers).filteredOn((answer) -> answer.index() % 3 == 1).allSatisfy((answer) -> {
			assertThat(answer.status()).isIn(502, 503);
			assertThat(answer.response().headers().firstValue("Content-Type")).hasValue("application/problem+xml");
		});
		// The broken answers themselves, then the open circuit.
		assertThat(answers).extracting(Answer::status).contains(502, 503);
	}

}

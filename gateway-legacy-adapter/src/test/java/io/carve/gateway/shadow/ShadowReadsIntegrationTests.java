package io.carve.gateway.shadow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.carve.test.ApiClient;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static io.carve.gateway.shadow.Answers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The gateway's {@link ShadowReads} bean as the route dispatch calls it: a mismatch reaches
 * Prometheus under the documented names and the mismatch log file, with the client request's
 * trace id, and a configured ignore holds.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "gateway.shadow.ignored-fields=updated")
class ShadowReadsIntegrationTests {

	private static final Path LOGS = temporaryDirectory();

	@Autowired
	private ShadowReads shadow;

	@Autowired
	private Tracer tracer;

	@LocalManagementPort
	private int managementPort;

	@DynamicPropertySource
	static void mismatchLog(DynamicPropertyRegistry registry) {
		registry.add("gateway.shadow.mismatch-log.file", () -> LOGS.resolve("shadow-mismatches.log").toString());
	}

	@Test
	void countsAMismatchInPrometheusAndLogsItsDiffWithTheClientsTraceId() throws IOException {
		Span client = this.tracer.nextSpan().name("client request").start();
		try (Tracer.SpanInScope scope = this.tracer.withSpan(client)) {
			this.shadow.compare("custom", "GET /api/custom/3", "application/json",
					json(200, "{\"id\":3,\"name\":\"a\",\"updated\":\"monday\"}"), () -> json(200, "{\"id\":3,\"name\":\"b\"}"));
		}
		finally {
			client.end();
		}
		String traceId = client.context().traceId();
		assertThat(traceId).matches("[0-9a-f]{32}");

		ApiClient management = new ApiClient("http://127.0.0.1:" + this.managementPort);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(management.get("/actuator/prometheus").body())
			.contains("gateway_shadow_comparisons_total{outcome=\"mismatch\",route=\"custom\",service=\"gateway-legacy-adapter\"} 1.0")
			.contains("gateway_shadow_mismatches_total{kind=\"body\",route=\"custom\",service=\"gateway-legacy-adapter\"} 1.0")
			.doesNotContain("gateway_shadow_mismatches_total{kind=\"shape\""));
		assertThat(mismatchLog()).contains("mismatch route=custom request=\"GET /api/custom/3\" accept=\"application/json\" trace="
				+ traceId + " kinds=body status=200 -> 200")
			.contains("  body $.name: \"a\" -> \"b\"")
			.doesNotContain("updated");
	}

	private static String mismatchLog() throws IOException {
		return Files.readString(LOGS.resolve("shadow-mismatches.log"), StandardCharsets.UTF_8);
	}

	private static Path temporaryDirectory() {
		try {
			Path directory = Files.createTempDirectory("shadow-logs");
			directory.toFile().deleteOnExit();
			return directory;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

package io.carve.bench.bare;

import java.time.Instant;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers {@code GET /api/v1/models/{id}} with a fixed model in model-service's JSON, without a
 * database, so it is both the floor a service is compared with and a model-service the gateway
 * can call.
 */
@RestController
class BareController {

	private static final Instant CREATED = Instant.parse("2025-01-01T00:00:00Z");

	private final long delayMillis;

	BareController(BareProperties properties) {
		this.delayMillis = properties.delay().toMillis();
	}

	@GetMapping("/api/v1/models/{id}")
	BareModel model(@PathVariable long id) throws InterruptedException {
		if (this.delayMillis > 0) {
			Thread.sleep(this.delayMillis);
		}
		return new BareModel(id, "bare", "USER", CREATED, CREATED, "/api/v1/models/" + id);
	}

	/** model-service's {@code ModelView}, field for field. */
	record BareModel(long id, String name, String type, Instant createdAt, Instant updatedAt, String url) {

	}

}

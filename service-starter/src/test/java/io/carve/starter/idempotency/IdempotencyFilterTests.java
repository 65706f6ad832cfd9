package io.carve.starter.idempotency;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class IdempotencyFilterTests {

	@Test
	void takesTheKeyAsAStructuredFieldStringOrAsItIs() {
		assertThat(IdempotencyFilter.keyOf("\"8e03978e-40d5-43e8-bc93-6894a57f9324\""))
			.isEqualTo("8e03978e-40d5-43e8-bc93-6894a57f9324");
		assertThat(IdempotencyFilter.keyOf("abc-123")).isEqualTo("abc-123");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "\"\"", "bad\u0001key", "é", "quote\"inside", "back\\slash" })
	void refusesKeysThatAreEmptyOrNotPrintableAscii(String header) {
		assertThat(IdempotencyFilter.keyOf(header)).isNull();
	}

	@Test
	void refusesKeysLongerThan255Characters() {
		assertThat(IdempotencyFilter.keyOf("k".repeat(255))).isNotNull();
		assertThat(IdempotencyFilter.keyOf("k".repeat(256))).isNull();
	}

	@Test
	void fingerprintsPathQueryContentTypeAndBody() {
		String first = IdempotencyFilter.fingerprint(post("/api/v1/models", "application/json"), "{}".getBytes());
		assertThat(IdempotencyFilter.fingerprint(post("/api/v1/models", "application/json"), "{}".getBytes()))
			.isEqualTo(first);
		assertThat(IdempotencyFilter.fingerprint(post("/api/v1/models", "application/json"), "{ }".getBytes()))
			.isNotEqualTo(first);
		assertThat(IdempotencyFilter.fingerprint(post("/api/v1/other", "application/json"), "{}".getBytes()))
			.isNotEqualTo(first);
		assertThat(IdempotencyFilter.fingerprint(post("/api/v1/models", "application/xml"), "{}".getBytes()))
			.isNotEqualTo(first);
	}

	private static MockHttpServletRequest post(String path, String contentType) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
		request.setContentType(contentType);
		return request;
	}

}

package io.carve.gateway.shadow;

import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpHeaders;

/** Answers for the tests, written the way the monolith and the gateway send them. */
final class Answers {

	private Answers() {
	}

	static Answer json(int status, String body, String... headers) {
		return answer(status, "application/json", body, headers);
	}

	static Answer xml(int status, String body, String... headers) {
		return answer(status, "application/xml", body, headers);
	}

	/** An answer with this Content-Type, body, and further headers as name, value pairs. */
	static Answer answer(int status, String contentType, String body, String... headers) {
		HttpHeaders all = new HttpHeaders();
		if (contentType != null) {
			all.set(HttpHeaders.CONTENT_TYPE, contentType);
		}
		for (int i = 0; i < headers.length; i += 2) {
			all.add(headers[i], headers[i + 1]);
		}
		return new Answer(status, all, body.getBytes(StandardCharsets.UTF_8));
	}

}

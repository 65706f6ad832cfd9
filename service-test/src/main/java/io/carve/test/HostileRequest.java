package io.carve.test;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

/**
 * One request of a hostile-input sweep (a property test that throws odd requests at a running
 * service): sent as it is, it must be answered in time and never with a 5xx, since a request,
 * however wrong, is the client's error and never the server's. A null {@code contentType},
 * {@code accept} or {@code body} is left out; {@code headers} are more name/value pairs.
 */
public record HostileRequest(String method, String target, String contentType, String accept, byte[] body,
		String... headers) {

	private static final int SHOWN = 300;

	/**
	 * Sends it and answers the response, or fails with an {@link AssertionError} naming the
	 * request if the answer is a 5xx or took {@code bound} or longer.
	 */
	public HttpResponse<String> sendExpectingNoServerError(ApiClient api, Duration bound) {
		long start = System.nanoTime();
		HttpResponse<String> response = api.sendPublished(this.method, this.target, this.contentType, this.accept,
				(this.body != null) ? BodyPublishers.ofByteArray(this.body) : BodyPublishers.noBody(), this.headers);
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		if (response.statusCode() >= 500) {
			throw new AssertionError(this + " answered " + response.statusCode() + ": " + response.body());
		}
		if (took.compareTo(bound) >= 0) {
			throw new AssertionError(this + " took " + took.toMillis() + " ms, not under " + bound.toMillis() + " ms");
		}
		return response;
	}

	/**
	 * The text as a JSON string literal that stays valid whatever it holds: quotes, backslashes,
	 * control characters and lone surrogates become Unicode escapes, for the service's parser to meet.
	 */
	public static String jsonString(String text) {
		StringBuilder json = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			json.append((c == '"' || c == '\\' || c < 0x20 || Character.isSurrogate(c))
					? String.format("\\u%04x", (int) c) : String.valueOf(c));
		}
		return json.append('"').toString();
	}

	/** The request as a failure report shows it, its body cut after 300 characters. */
	@Override
	public String toString() {
		String shown = (this.body != null) ? new String(this.body, StandardCharsets.UTF_8) : "";
		return this.method + " " + this.target + " Content-Type: " + this.contentType + ", Accept: " + this.accept
				+ ((this.headers.length > 0) ? ", headers: " + Arrays.toString(this.headers) : "") + ", body ("
				+ ((this.body != null) ? this.body.length : 0) + " bytes): "
				+ ((shown.length() > SHOWN) ? shown.substring(0, SHOWN) + "..." : shown);
	}

}

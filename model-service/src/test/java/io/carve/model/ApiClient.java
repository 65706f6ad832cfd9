package io.carve.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for the service under test: real sockets, raw bodies, any header. */
public class ApiClient {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String base;

	public ApiClient(String base) {
		this.base = base;
	}

	/** GET with the given Accept header. */
	public HttpResponse<String> get(String path, String accept, String... headers) {
		return send("GET", path, null, accept, (String) null, headers);
	}

	/** A request with a text body; {@code body} null sends none. */
	public HttpResponse<String> send(String method, String path, String contentType, String accept, String body,
			String... headers) {
		return sendPublished(method, path, contentType, accept,
				(body != null) ? BodyPublishers.ofString(body) : BodyPublishers.noBody(), headers);
	}

	/** A request with any body publisher, e.g. one of unknown length, sent chunked. */
	public HttpResponse<String> sendPublished(String method, String path, String contentType, String accept,
			BodyPublisher body, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(30))
			.method(method, body);
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		if (accept != null) {
			request.header("Accept", accept);
		}
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		try {
			return this.http.send(request.build(), BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** POSTs JSON and returns the response. */
	public HttpResponse<String> postJson(String path, String body) {
		return send("POST", path, "application/json", "application/json", body);
	}

	/** Parses a JSON body. */
	public static JsonNode json(HttpResponse<String> response) {
		return json.readTree(response.body());
	}

}

package io.carve.test;

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

import javax.net.ssl.SSLContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client of a running service, calling it as its clients do: real sockets, raw
 * bodies, any header. Extra headers come as name/value pairs; every answer is awaited at most
 * 30 s.
 */
public final class ApiClient {

	private static final String JSON = "application/json";

	private static final String XML = "application/xml";

	private static final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http;

	private final String baseUrl;

	/** A client of the service at this base URL, such as {@code http://localhost:8080}. */
	public ApiClient(String baseUrl) {
		this.baseUrl = baseUrl;
		this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
	}

	/**
	 * A client of the service at this HTTPS base URL, such as {@code https://localhost:8443}, calling
	 * with this TLS context: a certificate of {@link TestCertificates}' {@link Identity#sslContext()}.
	 */
	public ApiClient(String baseUrl, SSLContext tls) {
		this.baseUrl = baseUrl;
		this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).sslContext(tls).build();
	}

	/** GET without an Accept header, as a client that states no preference. */
	public HttpResponse<String> get(String path) {
		return send("GET", path, null, null, (String) null);
	}

	/** GET asking for {@code accept}. */
	public HttpResponse<String> get(String path, String accept, String... headers) {
		return send("GET", path, null, accept, (String) null, headers);
	}

	/** POSTs a JSON body, asking for JSON. */
	public HttpResponse<String> postJson(String path, String body, String... headers) {
		return send("POST", path, JSON, JSON, body, headers);
	}

	/** POSTs an XML body, asking for XML. */
	public HttpResponse<String> postXml(String path, String body, String... headers) {
		return send("POST", path, XML, XML, body, headers);
	}

	/** PUTs a JSON body, asking for JSON. */
	public HttpResponse<String> putJson(String path, String body, String... headers) {
		return send("PUT", path, JSON, JSON, body, headers);
	}

	/** PUTs an XML body, asking for XML. */
	public HttpResponse<String> putXml(String path, String body, String... headers) {
		return send("PUT", path, XML, XML, body, headers);
	}

	/** DELETE, asking for JSON (a problem, if any). */
	public HttpResponse<String> delete(String path, String... headers) {
		return send("DELETE", path, null, JSON, (String) null, headers);
	}

	/** Any request with a text body; a null {@code body}, {@code contentType} or {@code accept} sends none. */
	public HttpResponse<String> send(String method, String path, String contentType, String accept, String body,
			String... headers) {
		return sendPublished(method, path, contentType, accept,
				(body != null) ? BodyPublishers.ofString(body) : BodyPublishers.noBody(), headers);
	}

	/** Any request with any body: bytes, or one of unknown length, sent chunked. */
	public HttpResponse<String> sendPublished(String method, String path, String contentType, String accept,
			BodyPublisher body, String... headers) {
		if (headers.length % 2 != 0) {
			throw new IllegalArgumentException("Headers come as name/value pairs; the last one has no value: "
					+ headers[headers.length - 1]);
		}
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
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

	/** Parses an answer's JSON body. */
	public static JsonNode json(HttpResponse<String> response) {
		return json.readTree(response.body());
	}

}

package io.carve.test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A server on a loopback port for the tests of the HTTP clients: it answers every request with
 * what it received as a JSON object of strings ({@code method}, {@code uri}, {@code body}, and
 * each header by its lower-case name). A query parameter {@code status=N} answers with that
 * status, {@code delay=N} after that many milliseconds. A test registers it as an extension
 * ({@code @RegisterExtension}), which runs one for each test.
 */
final class EchoServer implements BeforeEachCallback, AfterEachCallback {

	private HttpServer server;

	@Override
	public void beforeEach(ExtensionContext context) throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/", (exchange) -> {
			Map<String, String> received = new TreeMap<>();
			received.put("method", exchange.getRequestMethod());
			received.put("uri", exchange.getRequestURI().toString());
			received.put("body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			exchange.getRequestHeaders().forEach((name, values) -> received.put(name.toLowerCase(), String.join(",", values)));
			String query = (exchange.getRequestURI().getQuery() != null) ? exchange.getRequestURI().getQuery() : "";
			sleep(parameter(query, "delay", 0));
			byte[] answer = write(received).getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(parameter(query, "status", 200), answer.length);
			exchange.getResponseBody().write(answer);
			exchange.close();
		});
		server.start();
		this.server = server;
	}

	@Override
	public void afterEach(ExtensionContext context) {
		this.server.stop(0);
	}

	/** A client of the server of the running test. */
	ApiClient client() {
		return new ApiClient("http://127.0.0.1:" + this.server.getAddress().getPort());
	}

	private static int parameter(String query, String name, int otherwise) {
		for (String parameter : query.split("&")) {
			if (parameter.startsWith(name + "=")) {
				return Integer.parseInt(parameter.substring(name.length() + 1));
			}
		}
		return otherwise;
	}

	private static void sleep(int millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Just enough JSON writing for a map of strings, so the tests check parsing with another writer. */
	private static String write(Map<String, String> map) {
		StringBuilder json = new StringBuilder("{");
		map.forEach((name, value) -> json.append((json.length() > 1) ? "," : "")
			.append(quote(name))
			.append(':')
			.append(quote(value)));
		return json.append('}').toString();
	}

	private static String quote(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

}

package io.carve.model.contracts;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Just enough of a Pact Broker's API to test against when there is no broker: the index, the
 * "pacts for verification" query (recorded), one pact, the verification results (recorded) and the
 * provider version's branch (recorded as the path it was put to).
 */
final class StubPactBroker implements AutoCloseable {

	private final HttpServer server;

	private final String pact;

	final List<String> verificationQueries = new CopyOnWriteArrayList<>();

	final List<String> verificationResults = new CopyOnWriteArrayList<>();

	final List<String> providerBranchVersions = new CopyOnWriteArrayList<>();

	StubPactBroker(String pact) throws IOException {
		this.pact = pact;
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			String path = exchange.getRequestURI().getPath();
			if (path.equals("/")) {
				answer(exchange, "{\"_links\": {\"pb:provider-pacts-for-verification\": {\"href\": \"" + url()
						+ "/pacts/provider/{provider}/for-verification\", \"templated\": true}}}");
			}
			else if (path.endsWith("/for-verification")) {
				this.verificationQueries.add(body);
				answer(exchange, "{\"_embedded\": {\"pacts\": [{\"verificationProperties\": {\"pending\": false},"
						+ " \"_links\": {\"self\": {\"href\": \"" + url() + "/pacts/committed\", \"name\": \"committed\"}}}]}}");
			}
			else if (path.equals("/pacts/committed")) {
				String links = "\"_links\": {\"pb:publish-verification-results\": {\"href\": \"" + url()
						+ "/verification-results\"}, \"pb:provider\": {\"href\": \"" + url() + "/pacticipants/model-service\"}},";
				answer(exchange, this.pact.replaceFirst("\\{", "{" + links));
			}
			else if (path.equals("/verification-results")) {
				this.verificationResults.add(body);
				answer(exchange, "{}");
			}
			else if (path.equals("/pacticipants/model-service")) {
				answer(exchange, "{\"_links\": {\"pb:branch-version\": {\"href\": \"" + url()
						+ "/pacticipants/model-service/branches/{branch}/versions/{version}\", \"templated\": true}}}");
			}
			else if (path.startsWith("/pacticipants/model-service/branches/") && exchange.getRequestMethod().equals("PUT")) {
				this.providerBranchVersions.add(path);
				answer(exchange, "{}");
			}
			else {
				exchange.sendResponseHeaders(404, -1);
			}
		}
	}

	private static void answer(HttpExchange exchange, String json) throws IOException {
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/hal+json");
		exchange.sendResponseHeaders(200, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

}

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for a Pact Broker, on the JDK alone, run as
 * {@code java PactBrokerStandIn.java PORT MODE [ENVIRONMENT...]}: the part of the broker's HAL API that
 * the pipeline's steps call (the index, publishing contracts, can-i-deploy as {@code /matrix} and
 * {@code /can-i-deploy}, environments, pacticipant versions and their deployed versions), answering
 * as the broker does and logging every call and what it recorded. MODE is can-i-deploy's answer,
 * {@code yes} or {@code no}; PORT 0 takes a free port; the environments default to test and
 * production. It keeps nothing: a version it is asked about exists.
 */
public final class PactBrokerStandIn {

	private static final Pattern VERSION = Pattern.compile("/pacticipants/([^/]+)/versions/([^/]+)");

	private static final Pattern DEPLOYMENT = Pattern
		.compile("/pacticipants/([^/]+)/versions/([^/]+)/deployed-versions/environment/([^/]+)");

	private final HttpServer server;

	private final boolean deployable;

	/** Environment uuid to name, as the broker's environments resource has them. */
	private final Map<String, String> environments = new LinkedHashMap<>();

	private PactBrokerStandIn(int port, boolean deployable, List<String> environments) throws IOException {
		this.deployable = deployable;
		environments.forEach((name) -> this.environments.put(UUID.randomUUID().toString(), name));
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 2 || !args[1].matches("yes|no")) {
			System.err.println("usage: java PactBrokerStandIn.java PORT yes|no [ENVIRONMENT...]");
			System.exit(2);
		}
		List<String> environments = (args.length > 2) ? List.of(args).subList(2, args.length)
				: List.of("test", "production");
		PactBrokerStandIn broker = new PactBrokerStandIn(Integer.parseInt(args[0]), args[1].equals("yes"), environments);
		log("Pact Broker stand-in on " + broker.base() + ", can-i-deploy answers " + args[1] + ", environments "
				+ String.join(", ", environments));
	}

	private String base() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			String method = exchange.getRequestMethod();
			String path = exchange.getRequestURI().getRawPath();
			Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
			log("received " + method + " " + exchange.getRequestURI()
					+ (exchange.getRequestHeaders().containsKey("Authorization") ? " (with credentials)" : ""));
			Matcher version = VERSION.matcher(path);
			Matcher deployment = DEPLOYMENT.matcher(path);
			if (method.equals("GET") && path.equals("/")) {
				answer(exchange, 200, index());
			}
			else if (method.equals("POST") && path.equals("/contracts/publish")) {
				publish(exchange, body);
			}
			else if (method.equals("GET") && path.equals("/matrix")) {
				canIDeploy(exchange, query.get("q[][pacticipant]"), query.get("q[][version]"), query.get("environment"));
			}
			else if (method.equals("GET") && path.equals("/can-i-deploy")) {
				canIDeploy(exchange, query.get("pacticipant"), query.get("version"), query.get("environment"));
			}
			else if (method.equals("GET") && path.equals("/environments")) {
				answer(exchange, 200, environments(query.get("name")));
			}
			else if (method.equals("GET") && version.matches()) {
				answer(exchange, 200, version(version.group(1), version.group(2)));
			}
			else if (method.equals("POST") && deployment.matches()) {
				recordDeployment(exchange, deployment.group(1), deployment.group(2), deployment.group(3));
			}
			else {
				log("not answered: the stand-in has no " + method + " " + path);
				answer(exchange, 404, "{\"error\": \"The Pact Broker stand-in has no " + method + " " + json(decode(path)) + "\"}");
			}
		}
	}

	private String index() {
		return "{\"_links\": {\"self\": " + link(base()) + ", \"pb:publish-contracts\": " + link(base() + "/contracts/publish")
				+ ", \"pb:environments\": " + link(base() + "/environments") + ", \"pb:pacticipant-version\": {\"href\": \""
				+ base() + "/pacticipants/{pacticipant}/versions/{version}\", \"templated\": true}}}";
	}

	/** The "publish contracts" call (pact_broker 2.86+), which Pact JVM uses when the index offers it. */
	private void publish(HttpExchange exchange, String body) throws IOException {
		String pacticipant = field(body, "pacticipantName");
		String version = field(body, "pacticipantVersionNumber");
		if (pacticipant == null || version == null) {
			answer(exchange, 400, "{\"errors\": {\"pacticipantVersionNumber\": [\"is missing\"]}}");
			return;
		}
		String branch = field(body, "branch");
		List<String> providers = new ArrayList<>();
		Matcher provider = Pattern.compile("\"providerName\"\\s*:\\s*\"([^\"]*)\"").matcher(body);
		while (provider.find()) {
			providers.add(provider.group(1));
		}
		log("published the pacts of " + pacticipant + " version " + version + " on branch "
				+ ((branch != null) ? branch : "(none)") + " with " + String.join(", ", providers));
		answer(exchange, 200, "{\"notices\": [{\"level\": \"success\", \"text\": \"Published the pacts of " + json(pacticipant)
				+ " version " + json(version) + "\"}], \"_links\": {\"pb:pacticipant-version\": "
				+ link(base() + "/pacticipants/" + pacticipant + "/versions/" + version) + "}}");
	}

	private void canIDeploy(HttpExchange exchange, String pacticipant, String version, String environment)
			throws IOException {
		if (pacticipant == null || version == null || environment == null) {
			answer(exchange, 400, "{\"errors\": {\"q\": [\"Please provide a pacticipant, its version and an environment\"]}}");
			return;
		}
		if (!this.environments.containsValue(environment)) {
			answer(exchange, 400, "{\"errors\": {\"environment\": [\"No environment found with name '" + json(environment)
					+ "'\"]}}");
			return;
		}
		String reason = this.deployable ? "All required verification results are published and successful"
				: "There is no verified pact between version " + version + " of " + pacticipant
						+ " and the versions of its integrations currently deployed to " + environment;
		log("can-i-deploy " + pacticipant + " version " + version + " to " + environment + ": "
				+ (this.deployable ? "yes" : "no") + " (" + reason + ")");
		answer(exchange, 200, "{\"summary\": {\"deployable\": " + this.deployable + ", \"reason\": \"" + json(reason)
				+ "\", \"success\": " + (this.deployable ? 1 : 0) + ", \"failed\": 0, \"unknown\": "
				+ (this.deployable ? 0 : 1) + "}, \"notices\": [], \"matrix\": []}");
	}

	private String environments(String name) {
		List<String> found = new ArrayList<>();
		this.environments.forEach((uuid, environment) -> {
			if (name == null || name.equals(environment)) {
				found.add("{\"uuid\": \"" + uuid + "\", \"name\": \"" + json(environment) + "\", \"displayName\": \""
						+ json(environment) + "\", \"production\": " + environment.equals("production") + ", \"_links\": {\"self\": "
						+ link(base() + "/environments/" + uuid) + "}}");
			}
		});
		return "{\"_embedded\": {\"environments\": [" + String.join(", ", found) + "]}, \"_links\": {\"self\": "
				+ link(base() + "/environments") + "}}";
	}

	/** A pacticipant version, with a record-deployment link per environment, named after it. */
	private String version(String pacticipant, String version) {
		String self = base() + "/pacticipants/" + pacticipant + "/versions/" + version;
		List<String> records = new ArrayList<>();
		this.environments.forEach((uuid, environment) -> records.add("{\"title\": \"Record deployment to " + json(environment)
				+ "\", \"name\": \"" + json(environment) + "\", \"href\": \"" + self + "/deployed-versions/environment/" + uuid
				+ "\"}"));
		return "{\"number\": \"" + json(decode(version)) + "\", \"_links\": {\"self\": " + link(self)
				+ ", \"pb:record-deployment\": [" + String.join(", ", records) + "]}}";
	}

	private void recordDeployment(HttpExchange exchange, String pacticipant, String version, String uuid)
			throws IOException {
		String environment = this.environments.get(uuid);
		if (environment == null) {
			answer(exchange, 404, "{\"error\": \"No environment with uuid " + json(uuid) + "\"}");
			return;
		}
		log("recorded the deployment of " + decode(pacticipant) + " version " + decode(version) + " to " + environment);
		answer(exchange, 201, "{\"uuid\": \"" + UUID.randomUUID() + "\", \"currentlyDeployed\": true, \"_links\": {\"self\": "
				+ link(base() + exchange.getRequestURI().getRawPath()) + "}}");
	}

	private static Map<String, String> query(String raw) {
		Map<String, String> parameters = new LinkedHashMap<>();
		if (raw != null) {
			for (String pair : raw.split("&")) {
				int equals = pair.indexOf('=');
				if (equals > 0) {
					parameters.putIfAbsent(decode(pair.substring(0, equals)), decode(pair.substring(equals + 1)));
				}
			}
		}
		return parameters;
	}

	private static String field(String json, String name) {
		Matcher value = Pattern.compile("\"" + name + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
		return value.find() ? value.group(1) : null;
	}

	private static String link(String href) {
		return "{\"href\": \"" + href + "\"}";
	}

	private static String decode(String text) {
		return URLDecoder.decode(text, StandardCharsets.UTF_8);
	}

	private static String json(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}

	private static void answer(HttpExchange exchange, int status, String json) throws IOException {
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/hal+json;charset=utf-8");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	private static void log(String line) {
		System.out.println("pact-broker-stand-in: " + line);
		System.out.flush();
	}

}

package io.carve.gateway.legacy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import javax.sql.DataSource;

/**
 * A stand-in for the legacy monolith, on the JDK alone, so it runs as
 * {@code java LegacyStandIn.java [port]} as well as inside tests. It serves the monolith's own,
 * unmigrated {@code /api/custom} (in Flask-RESTful's JSON and dicttoxml's XML; {@code PUT} renames
 * an item, the monolith's write that a shadowed route must see as a difference), and routes that
 * show what a proxy passes on: {@code /legacy/echo} describes the request it got,
 * {@code /legacy/stream} answers in timed pieces, {@code /legacy/status/<code>} answers that status.
 * Its authentication check, {@code /auth/check} (the gateway's default), knows a small fixed set
 * of credentials: 204 for {@link #TOKEN} or {@link #SESSION}, 403 for {@link #SUSPENDED_TOKEN},
 * 401 with a challenge for anything else.
 * <p>
 * Its items live in memory, or, started with a {@link DataSource}, in the monolith's own tables
 * ({@code docs/legacy-monolith-schema.sql}), so that {@code model-service db import-legacy} can read
 * them; the database mode uses {@code java.sql} alone, and {@code LegacyMonolith} starts a PostgreSQL
 * for it.
 */
public final class LegacyStandIn implements AutoCloseable {

	/** What the stand-in received, for tests to check, and the port of the connection it came on. */
	public record Received(String method, String uri, Map<String, List<String>> headers, byte[] body, int fromPort) {

		/** The first value of a header, whatever its case, or null. */
		public String header(String name) {
			List<String> values = this.headers.get(name.toLowerCase());
			return (values != null) ? values.get(0) : null;
		}

	}

	/** A bearer token of a signed-in user: {@code Authorization: Bearer local-dev-token}. */
	public static final String TOKEN = "local-dev-token";

	/** The session of a signed-in user: {@code Cookie: session=local-dev-session}. */
	public static final String SESSION = "local-dev-session";

	/** A bearer token of a user the monolith knows but refuses (403). */
	public static final String SUSPENDED_TOKEN = "suspended-token";

	/** The challenge of the stand-in's 401s. */
	public static final String CHALLENGE = "Bearer realm=\"legacy\"";

	private static final Pattern NAME = Pattern.compile("\"name\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

	private final HttpServer server;

	private final Items items;

	private final AtomicReference<Received> last = new AtomicReference<>();

	/** The latest requests received, for tests that check what never reached the monolith. */
	private final Deque<Received> received = new ConcurrentLinkedDeque<>();

	private final AtomicReference<Received> lastCheck = new AtomicReference<>();

	private final AtomicLong checks = new AtomicLong();

	private LegacyStandIn(int port, Items items) throws IOException {
		this.items = items;
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
		this.server.setExecutor(Executors.newCachedThreadPool());
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	/** Starts one on the port, 0 for any free one. */
	public static LegacyStandIn start(int port) throws IOException {
		return new LegacyStandIn(port, new MemoryItems());
	}

	/**
	 * Starts one on the port, 0 for any free one, serving the rows of {@code my_model} in the
	 * database as its items; the tables must exist.
	 */
	public static LegacyStandIn start(int port, DataSource database) throws IOException {
		return new LegacyStandIn(port, new TableItems(database));
	}

	public static void main(String[] args) throws IOException {
		LegacyStandIn standIn = start((args.length > 0) ? Integer.parseInt(args[0]) : 8000);
		System.out.println("Legacy monolith stand-in on http://localhost:" + standIn.port() + "; its /auth/check accepts"
				+ " 'Authorization: Bearer " + TOKEN + "' or 'Cookie: session=" + SESSION + "'");
	}

	public int port() {
		return this.server.getAddress().getPort();
	}

	/** The last request received, other than authentication checks. */
	public Received lastRequest() {
		return this.last.get();
	}

	/** The last thousand requests received, oldest first. */
	public List<Received> received() {
		return List.copyOf(this.received);
	}

	/** The last authentication check received. */
	public Received lastCheck() {
		return this.lastCheck.get();
	}

	/** How many authentication checks it has answered. */
	public long checks() {
		return this.checks.get();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			byte[] body = exchange.getRequestBody().readAllBytes();
			String uri = exchange.getRequestURI().getRawPath()
					+ ((exchange.getRequestURI().getRawQuery() != null) ? "?" + exchange.getRequestURI().getRawQuery() : "");
			Map<String, List<String>> headers = new TreeMap<>();
			exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values));
			Received request = new Received(exchange.getRequestMethod(), uri, headers, body,
					exchange.getRemoteAddress().getPort());
			if (exchange.getRequestURI().getPath().equals("/auth/check")) {
				this.lastCheck.set(request);
				this.checks.incrementAndGet();
				check(exchange, request);
				return;
			}
			this.last.set(request);
			this.received.addLast(request);
			while (this.received.size() > 1000) {
				this.received.pollFirst();
			}
			route(exchange, exchange.getRequestURI().getPath(), body);
		}
	}

	private void route(HttpExchange exchange, String path, byte[] body) throws IOException {
		Matcher item = Pattern.compile("/api/custom/(\\d+)").matcher(path);
		String method = exchange.getRequestMethod();
		if (path.equals("/api/custom") && method.equals("GET")) {
			custom(exchange, 200, this.items.all(), true);
		}
		else if (path.equals("/api/custom") && method.equals("POST")) {
			String name = nameIn(body);
			if (name == null) {
				missingName(exchange);
				return;
			}
			long id = this.items.add(name);
			exchange.getResponseHeaders().set("Location", "/api/custom/" + id);
			custom(exchange, 201, Collections.singletonMap(id, name), false);
		}
		else if (item.matches() && (method.equals("GET") || method.equals("PUT"))
				&& this.items.all().containsKey(Long.parseLong(item.group(1)))) {
			long id = Long.parseLong(item.group(1));
			if (method.equals("PUT")) {
				String name = nameIn(body);
				if (name == null) {
					missingName(exchange);
					return;
				}
				this.items.rename(id, name);
			}
			// a singleton map, as a missing name (null) is an item too
			custom(exchange, 200, Collections.singletonMap(id, this.items.all().get(id)), false);
		}
		else if (path.equals("/legacy/echo")) {
			exchange.getResponseHeaders().set("X-Legacy", "echo");
			send(exchange, 200, "text/plain", exchange.getRequestMethod() + " " + lastRequest().uri() + "\n" + body.length
					+ " bytes of body\n");
		}
		else if (path.startsWith("/legacy/status/")) {
			exchange.getResponseHeaders().set("X-Legacy", "status");
			int status = Integer.parseInt(path.substring("/legacy/status/".length()));
			send(exchange, status, "text/plain", "Answered " + status + " on purpose\n");
		}
		else if (path.equals("/legacy/stream")) {
			stream(exchange);
		}
		else if (path.equals("/legacy/broken")) {
			breakOff(exchange);
		}
		else {
			send(exchange, 404, "text/html", "<h1>Not Found</h1><p>The legacy monolith has no page at " + path + ".</p>\n");
		}
	}

	/** The monolith's verdict on the credentials, as nginx's auth_request expects it. */
	private static void check(HttpExchange exchange, Received received) throws IOException {
		String authorization = received.header("Authorization");
		String cookie = received.header("Cookie");
		boolean session = cookie != null && List.of(cookie.split(";\\s*")).contains("session=" + SESSION);
		if (("Bearer " + TOKEN).equals(authorization) || session) {
			send(exchange, 204, "text/plain", "");
		}
		else if (("Bearer " + SUSPENDED_TOKEN).equals(authorization)) {
			send(exchange, 403, "text/plain", "This account is suspended\n");
		}
		else {
			exchange.getResponseHeaders().set("WWW-Authenticate", CHALLENGE);
			send(exchange, 401, "text/plain", "Sign in first\n");
		}
	}

	/** Five lines, a quarter of a second apart, in a chunked answer. */
	private static void stream(HttpExchange exchange) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", "text/plain");
		exchange.sendResponseHeaders(200, 0);
		OutputStream out = exchange.getResponseBody();
		for (int line = 1; line <= 5; line++) {
			out.write(("line " + line + " at " + System.currentTimeMillis() + "\n").getBytes(StandardCharsets.UTF_8));
			out.flush();
			sleep(250);
		}
	}

	/** Promises 1,000 bytes, sends 100, then drops the connection, as a crashing monolith would. */
	private static void breakOff(HttpExchange exchange) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", "text/plain");
		exchange.sendResponseHeaders(200, 1000);
		OutputStream out = exchange.getResponseBody();
		out.write("x".repeat(100).getBytes(StandardCharsets.US_ASCII));
		out.flush();
		sleep(200);
		throw new IOException("The stand-in breaks off this answer on purpose");
	}

	/** The name of a JSON body's {@code "name"}, or null when it has none. */
	private static String nameIn(byte[] body) {
		Matcher name = NAME.matcher(new String(body, StandardCharsets.UTF_8));
		return name.find() ? name.group(1).replace("\\\"", "\"").replace("\\\\", "\\") : null;
	}

	private static void missingName(HttpExchange exchange) throws IOException {
		send(exchange, 400, "application/json", "{\"message\": {\"name\": [\"Missing data for required field.\"]}}\n");
	}

	private void custom(HttpExchange exchange, int status, Map<Long, String> items, boolean list) throws IOException {
		String accept = exchange.getRequestHeaders().getFirst("Accept");
		boolean xml = accept != null && accept.contains("application/xml") && !accept.contains("application/json");
		StringBuilder out = new StringBuilder();
		if (xml) {
			out.append("<?xml version=\"1.0\" encoding=\"UTF-8\" ?><root>");
			items.forEach((id, name) -> {
				out.append(list ? "<item type=\"dict\">" : "");
				out.append("<id type=\"int\">").append(id).append("</id>");
				// dicttoxml wrote a missing value (None) as an empty element of type null
				out.append((name != null) ? "<name type=\"str\">" + xmlEscape(name) : "<name type=\"null\">").append("</name>");
				out.append("<url type=\"str\">/api/custom/").append(id).append("</url>");
				out.append(list ? "</item>" : "");
			});
			send(exchange, status, "application/xml", out.append("</root>").toString());
			return;
		}
		List<String> objects = new ArrayList<>();
		items.forEach((id, name) -> objects.add("{\"id\": " + id + ", \"name\": "
				+ ((name != null) ? "\"" + jsonEscape(name) + "\"" : "null") + ", \"url\": \"/api/custom/" + id + "\"}"));
		send(exchange, status, "application/json", (list ? "[" + String.join(", ", objects) + "]" : objects.get(0)) + "\n");
	}

	private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		Headers headers = exchange.getResponseHeaders();
		headers.set("Content-Type", type);
		if (status == 204 || status == 304) {
			exchange.sendResponseHeaders(status, -1);
			return;
		}
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	private static String xmlEscape(String text) {
		return text.replace("&", "&amp;").replace("\"", "&quot;").replace("'", "&apos;").replace("<", "&lt;")
			.replace(">", "&gt;");
	}

	private static String jsonEscape(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Where the items live: their names by id, in id order; a missing name is null. */
	private interface Items {

		SortedMap<Long, String> all();

		long add(String name);

		void rename(long id, String name);

	}

	/** Items that last as long as the process, ids from 1. */
	private static final class MemoryItems implements Items {

		private final ConcurrentSkipListMap<Long, String> names = new ConcurrentSkipListMap<>();

		private final AtomicLong ids = new AtomicLong();

		@Override
		public SortedMap<Long, String> all() {
			return new TreeMap<>(this.names);
		}

		@Override
		public long add(String name) {
			long id = this.ids.incrementAndGet();
			this.names.put(id, name);
			return id;
		}

		@Override
		public void rename(long id, String name) {
			this.names.put(id, name);
		}

	}

	/**
	 * The rows of the monolith's {@code my_model}; a new one takes the next id after the highest,
	 * as the monolith's SQLite did, and the type the monolith gave the items of this API.
	 */
	private static final class TableItems implements Items {

		private final DataSource database;

		TableItems(DataSource database) {
			this.database = database;
		}

		@Override
		public SortedMap<Long, String> all() {
			SortedMap<Long, String> names = new TreeMap<>();
			try (Connection connection = this.database.getConnection();
					PreparedStatement select = connection.prepareStatement("SELECT id, name FROM my_model ORDER BY id");
					ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					names.put(rows.getLong(1), rows.getString(2));
				}
				return names;
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Could not read my_model", ex);
			}
		}

		@Override
		public synchronized long add(String name) {
			try (Connection connection = this.database.getConnection();
					PreparedStatement insert = connection.prepareStatement("INSERT INTO my_model (id, name, model_type)"
							+ " SELECT COALESCE(MAX(id), 0) + 1, ?, 'group' FROM my_model RETURNING id")) {
				insert.setString(1, name);
				try (ResultSet id = insert.executeQuery()) {
					id.next();
					return id.getLong(1);
				}
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Could not insert into my_model", ex);
			}
		}

		@Override
		public void rename(long id, String name) {
			try (Connection connection = this.database.getConnection();
					PreparedStatement update = connection.prepareStatement("UPDATE my_model SET name = ? WHERE id = ?")) {
				update.setString(1, name);
				update.setLong(2, id);
				update.executeUpdate();
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Could not update my_model", ex);
			}
		}

	}

}

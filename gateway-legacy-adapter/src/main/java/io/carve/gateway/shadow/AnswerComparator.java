package io.carve.gateway.shadow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.w3c.dom.Element;

import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Compares the new service's answer with the monolith's as the client would see them: the
 * status; the headers that matter (the media type of {@code Content-Type}, {@code Location}, and
 * any configured); and the bodies of 2xx answers, as JSON or XML when the monolith's is, as
 * bytes otherwise. Bodies of non-2xx answers are not compared: the monolith's error pages are
 * HTML, the gateway's are problems.
 */
final class AnswerComparator {

	/** Headers of one answer or one connection, never worth comparing even when configured. */
	private static final Set<String> PER_ANSWER = Set.of("connection", "keep-alive", "proxy-authenticate",
			"proxy-connection", "te", "trailer", "transfer-encoding", "upgrade", "date", "content-length", "server",
			"traceparent", "tracestate", "x-trace-id", "x-request-id", "b3");

	private static final String CONTENT_TYPE = "content-type";

	private final Set<String> headers;

	private final JsonMapper json;

	private final JsonBodies jsonBodies;

	private final XmlBodies xmlBodies;

	AnswerComparator(Collection<String> comparedHeaders, Collection<String> ignoredHeaders,
			Collection<String> ignoredFields, JsonMapper json) {
		Set<String> compared = new LinkedHashSet<>(List.of(CONTENT_TYPE, "location"));
		comparedHeaders.forEach((name) -> compared.add(name.toLowerCase(Locale.ROOT)));
		ignoredHeaders.forEach((name) -> compared.remove(name.toLowerCase(Locale.ROOT)));
		compared.removeAll(PER_ANSWER);
		this.headers = compared;
		this.json = json;
		Set<String> fields = Set.copyOf(ignoredFields);
		this.jsonBodies = new JsonBodies(fields);
		this.xmlBodies = new XmlBodies(fields);
	}

	/** The differences, none when the client could not tell the answers apart. */
	List<Difference> compare(Answer legacy, Answer candidate) {
		List<Difference> differences = new ArrayList<>();
		if (legacy.status() != candidate.status()) {
			differences.add(new Difference(DifferenceKind.STATUS, "", String.valueOf(legacy.status()),
					String.valueOf(candidate.status())));
		}
		for (String header : this.headers) {
			String left = header(legacy.headers(), header);
			String right = header(candidate.headers(), header);
			if (!left.equals(right)) {
				differences.add(new Difference(DifferenceKind.HEADER, header, left, right));
			}
		}
		if (successful(legacy) && successful(candidate)) {
			compareBodies(legacy, candidate, differences);
		}
		return differences;
	}

	private void compareBodies(Answer legacy, Answer candidate, List<Difference> differences) {
		MediaType type = mediaType(legacy.headers());
		if (type != null && (type.isCompatibleWith(MediaType.APPLICATION_JSON) || type.getSubtype().endsWith("+json"))) {
			JsonNode left = readJson(legacy.body());
			if (left != null) {
				JsonNode right = readJson(candidate.body());
				if (right == null) {
					differences.add(new Difference(DifferenceKind.SHAPE, "$", "JSON", "not JSON"));
				}
				else {
					this.jsonBodies.compare(left, right, differences);
				}
				return;
			}
		}
		else if (type != null && (type.isCompatibleWith(MediaType.APPLICATION_XML)
				|| type.isCompatibleWith(MediaType.TEXT_XML) || type.getSubtype().endsWith("+xml"))) {
			Element left = readXml(legacy.body());
			if (left != null) {
				Element right = readXml(candidate.body());
				if (right == null) {
					differences.add(new Difference(DifferenceKind.SHAPE, "/", "XML", "not XML"));
				}
				else {
					this.xmlBodies.compare(left, right, differences);
				}
				return;
			}
		}
		ByteBodies.compare(body(legacy), body(candidate), differences);
	}

	private JsonNode readJson(byte[] body) {
		try {
			return (body != null && body.length > 0) ? this.json.readTree(body) : null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private static Element readXml(byte[] body) {
		try {
			return (body != null && body.length > 0) ? XmlBodies.parse(body) : null;
		}
		catch (Exception ex) {
			return null;
		}
	}

	private static byte[] body(Answer answer) {
		return (answer.body() != null) ? answer.body() : new byte[0];
	}

	private static boolean successful(Answer answer) {
		return answer.status() >= 200 && answer.status() < 300;
	}

	/** The header's values as the client reads them; for Content-Type, its media type without parameters. */
	private static String header(HttpHeaders headers, String name) {
		List<String> values = (headers != null) ? headers.get(name) : null;
		if (values == null || values.isEmpty()) {
			return "(none)";
		}
		if (name.equals(CONTENT_TYPE)) {
			MediaType type = mediaType(headers);
			return (type != null) ? type.getType() + "/" + type.getSubtype() : values.get(0).strip().toLowerCase(Locale.ROOT);
		}
		return String.join(", ", values);
	}

	private static MediaType mediaType(HttpHeaders headers) {
		String value = (headers != null) ? headers.getFirst(HttpHeaders.CONTENT_TYPE) : null;
		if (value == null) {
			return null;
		}
		try {
			MediaType type = MediaType.parseMediaType(value);
			return new MediaType(type.getType().toLowerCase(Locale.ROOT), type.getSubtype().toLowerCase(Locale.ROOT));
		}
		catch (InvalidMediaTypeException ex) {
			return null;
		}
	}

}

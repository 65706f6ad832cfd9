package io.carve.gateway.shadow;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static io.carve.gateway.shadow.Answers.answer;
import static io.carve.gateway.shadow.Answers.json;
import static io.carve.gateway.shadow.Answers.xml;
import static org.assertj.core.api.Assertions.assertThat;

/** What the comparison reports, and what it leaves alone because a client could not tell. */
class AnswerComparatorTests {

	private static final String ITEM_XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" ?><root><id type=\"int\">3</id>"
			+ "<name type=\"str\">a</name><url type=\"str\">/api/custom/3</url></root>";

	private final AnswerComparator comparator = comparator(List.of(), List.of(), List.of());

	@Test
	void findsNoDifferenceBetweenJsonAnswersDifferingOnlyInFieldOrderAndPerAnswerHeaders() {
		Answer legacy = json(200, "{\"id\": 3, \"name\": \"a\", \"values\": [1, 2]}", "Date", "Mon, 01 Dec 2026 10:00:00 GMT",
				"Server", "Werkzeug/2.0", "Content-Length", "40", "X-Trace-Id", "aa");
		Answer candidate = answer(200, "application/json;charset=UTF-8", "{\"values\":[1,2.0],\"name\":\"a\",\"id\":3}",
				"Date", "Tue, 02 Dec 2026 10:00:00 GMT", "X-Trace-Id", "bb", "Transfer-Encoding", "chunked");
		assertThat(this.comparator.compare(legacy, candidate)).isEmpty();
	}

	@Test
	void findsNoDifferenceBetweenXmlAnswersDifferingOnlyInWhitespaceBetweenElements() {
		String indented = "<?xml version=\"1.0\"?>\n<root>\n  <id type=\"int\">3</id>\n  <name type=\"str\">a</name>\n"
				+ "  <url type=\"str\">/api/custom/3</url>\n</root>\n";
		assertThat(this.comparator.compare(xml(200, ITEM_XML), xml(200, indented))).isEmpty();
	}

	@Test
	void reportsAFieldOfAnotherValueWithItsPath() {
		List<Difference> differences = this.comparator.compare(json(200, "{\"id\":3,\"name\":\"a\"}"),
				json(200, "{\"id\":3,\"name\":\"b\"}"));
		assertThat(differences).containsExactly(new Difference(DifferenceKind.BODY, "$.name", "\"a\"", "\"b\""));
		assertThat(differences.get(0).describe()).isEqualTo("body $.name: \"a\" -> \"b\"");
	}

	@Test
	void reportsAMissingFieldAnExtraElementAndAnotherTypeAsShape() {
		List<Difference> differences = this.comparator.compare(json(200, "{\"id\":3,\"name\":\"a\",\"tags\":[1]}"),
				json(200, "{\"id\":\"3\",\"tags\":[1,2]}"));
		assertThat(differences).containsExactlyInAnyOrder(new Difference(DifferenceKind.SHAPE, "$.id", "3", "\"3\""),
				new Difference(DifferenceKind.SHAPE, "$.name", "\"a\"", "(missing)"),
				new Difference(DifferenceKind.SHAPE, "$.tags[1]", "(missing)", "2"));
	}

	@Test
	void reportsXmlOfAnotherShapeAndText() {
		String candidate = "<root><id type=\"str\">3</id><name type=\"str\">b</name></root>";
		assertThat(this.comparator.compare(xml(200, ITEM_XML), xml(200, candidate))).containsExactlyInAnyOrder(
				new Difference(DifferenceKind.SHAPE, "/root/id/@type", "\"int\"", "\"str\""),
				new Difference(DifferenceKind.BODY, "/root/name", "\"a\"", "\"b\""),
				new Difference(DifferenceKind.SHAPE, "/root/url", "<url type=\"str\">", "(missing)"));
	}

	@Test
	void namesEachOfSeveralSameNamedXmlElementsByItsPlace() {
		String legacy = "<root><item type=\"dict\"><id type=\"int\">1</id></item><item type=\"dict\"><id type=\"int\">2</id></item></root>";
		String candidate = "<root><item type=\"dict\"><id type=\"int\">1</id></item><item type=\"dict\"><id type=\"int\">5</id></item></root>";
		assertThat(this.comparator.compare(xml(200, legacy), xml(200, candidate)))
			.containsExactly(new Difference(DifferenceKind.BODY, "/root/item[2]/id", "\"2\"", "\"5\""));
	}

	@Test
	void reportsAnotherStatusAndLeavesTheBodiesOfErrorsAlone() {
		Answer htmlPage = answer(404, "text/html", "<html><body>Not Found</body></html>");
		Answer problem = answer(404, "application/problem+json", "{\"status\":404}");
		assertThat(this.comparator.compare(htmlPage, problem)).extracting(Difference::kind)
			.containsExactly(DifferenceKind.HEADER);
		assertThat(this.comparator.compare(json(200, "{}"), json(404, "{\"status\":404}")))
			.containsExactly(new Difference(DifferenceKind.STATUS, "", "200", "404"));
	}

	@Test
	void reportsAnotherMediaTypeAndLocationButNotAnotherCharset() {
		Answer legacy = json(201, "{}", "Location", "/api/custom/3");
		Answer candidate = answer(201, "application/xml; charset=utf-8", "{}", "Location", "/api/custom/4");
		assertThat(this.comparator.compare(legacy, candidate)).contains(
				new Difference(DifferenceKind.HEADER, "content-type", "application/json", "application/xml"),
				new Difference(DifferenceKind.HEADER, "location", "/api/custom/3", "/api/custom/4"));
		assertThat(this.comparator.compare(legacy, answer(201, "application/json; charset=ISO-8859-1", "{}",
				"Location", "/api/custom/3"))).isEmpty();
	}

	@Test
	void leavesConfiguredFieldsAndHeadersAloneAndComparesConfiguredHeaders() {
		AnswerComparator configured = comparator(List.of("Cache-Control", "Date"), List.of("Location"),
				List.of("updated", "stamp"));
		Answer legacy = json(200, "{\"id\":3,\"updated\":\"monday\",\"inner\":{\"updated\":1}}", "Location", "/a",
				"Cache-Control", "no-cache", "Date", "Mon");
		Answer candidate = json(200, "{\"id\":3,\"inner\":{\"updated\":2}}", "Location", "/b", "Cache-Control", "max-age=60",
				"Date", "Tue");
		assertThat(configured.compare(legacy, candidate))
			.containsExactly(new Difference(DifferenceKind.HEADER, "cache-control", "no-cache", "max-age=60"));
		assertThat(configured.compare(xml(200, "<root><id>3</id><stamp>1</stamp></root>"),
				xml(200, "<root><id>3</id></root>"))).isEmpty();
	}

	@Test
	void refusesXmlWithADocumentTypeSoNoEntityIsEverRead() {
		String hostile = "<?xml version=\"1.0\"?><!DOCTYPE root [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
				+ "<root><id type=\"int\">3</id><name type=\"str\">&x;</name><url type=\"str\">/api/custom/3</url></root>";
		List<Difference> differences = this.comparator.compare(xml(200, ITEM_XML), xml(200, hostile));
		assertThat(differences).containsExactly(new Difference(DifferenceKind.SHAPE, "/", "XML", "not XML"));
	}

	@Test
	void reportsACandidateThatIsNoJsonAsShape() {
		assertThat(this.comparator.compare(json(200, "{\"id\":3}"), json(200, "<html>oops</html>")))
			.containsExactly(new Difference(DifferenceKind.SHAPE, "$", "JSON", "not JSON"));
	}

	@Test
	void comparesOtherBodiesByteForByte() {
		assertThat(this.comparator.compare(answer(200, "text/plain", "same"), answer(200, "text/plain", "same"))).isEmpty();
		assertThat(this.comparator.compare(answer(200, "text/plain", "hello world"), answer(200, "text/plain", "hello there")))
			.containsExactly(new Difference(DifferenceKind.BODY, "bytes 11 -> 11, first difference at byte 6", "\"world\"",
					"\"there\""));
	}

	private static AnswerComparator comparator(List<String> compared, List<String> ignoredHeaders, List<String> ignoredFields) {
		return new AnswerComparator(compared, ignoredHeaders, ignoredFields, JsonMapper.builder().build());
	}

}

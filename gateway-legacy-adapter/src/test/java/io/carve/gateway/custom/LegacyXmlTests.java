package io.carve.gateway.custom;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import static org.assertj.core.api.Assertions.assertThat;

/** The layout expected here is what dicttoxml 1.7 wrote for the monolith's items. */
class LegacyXmlTests {

	@Test
	void writesOneItemAsTypedFieldsUnderRoot() {
		assertThat(text(LegacyXml.of(new CustomItem(7, "alpha", "/api/custom/7")))).isEqualTo(
				"<?xml version=\"1.0\" encoding=\"UTF-8\" ?><root><id type=\"int\">7</id><name type=\"str\">alpha</name>"
						+ "<url type=\"str\">/api/custom/7</url></root>");
	}

	@Test
	void writesAListAsDictItems() {
		List<CustomItem> items = List.of(new CustomItem(1, "a", "/api/custom/1"), new CustomItem(2, "b", "/api/custom/2"));
		assertThat(text(LegacyXml.of(items))).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\" ?><root>"
				+ "<item type=\"dict\"><id type=\"int\">1</id><name type=\"str\">a</name><url type=\"str\">/api/custom/1</url></item>"
				+ "<item type=\"dict\"><id type=\"int\">2</id><name type=\"str\">b</name><url type=\"str\">/api/custom/2</url></item>"
				+ "</root>");
	}

	@Test
	void writesAnEmptyListAsAnEmptyRoot() {
		assertThat(text(LegacyXml.of(List.of()))).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\" ?><root></root>");
	}

	@Test
	void escapesTheFiveSpecialCharactersLikeDicttoxml() {
		assertThat(LegacyXml.escape("Tom & \"Jerry\" <'s>")).isEqualTo("Tom &amp; &quot;Jerry&quot; &lt;&apos;s&gt;");
	}

	@Test
	void writesWellFormedXmlForANameWithCharactersXmlCannotCarry() throws Exception {
		byte[] xml = LegacyXml.of(List.of(new CustomItem(1, "ctl\u0001\u001b[31mred\uFFFF", "/api/custom/1")));
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
		assertThat(document.getElementsByTagName("name").item(0).getTextContent())
			.isEqualTo("ctl\uFFFD\uFFFD[31mred\uFFFD");
	}

	@Test
	void writesUtf8() {
		assertThat(text(LegacyXml.of(new CustomItem(1, "Zoë ✓", "/api/custom/1")))).contains(">Zoë ✓<");
	}

	@Test
	void writesWhatTheApiDescriptionShowsAsExamples() {
		CustomItem first = new CustomItem(1, "first", "/api/custom/1");
		assertThat(text(LegacyXml.of(first))).isEqualTo(CustomController.XML_ITEM);
		assertThat(text(LegacyXml.of(List.of(first)))).isEqualTo(CustomController.XML_LIST);
	}

	private static String text(byte[] xml) {
		return new String(xml, StandardCharsets.UTF_8);
	}

}

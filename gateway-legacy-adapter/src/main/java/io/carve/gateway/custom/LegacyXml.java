package io.carve.gateway.custom;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.carve.starter.xml.XmlText;

/**
 * Writes items the way the monolith's Flask-RESTful XML representation did with dicttoxml's
 * defaults, byte for byte: its declaration, a {@code <root>} element, each field an element
 * with a {@code type} attribute, and a list as {@code <item type="dict">} elements.
 */
final class LegacyXml {

	private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>";

	private LegacyXml() {
	}

	static byte[] of(CustomItem item) {
		StringBuilder xml = new StringBuilder(DECLARATION).append("<root>");
		fields(item, xml);
		return xml.append("</root>").toString().getBytes(StandardCharsets.UTF_8);
	}

	static byte[] of(List<CustomItem> items) {
		StringBuilder xml = new StringBuilder(DECLARATION).append("<root>");
		for (CustomItem item : items) {
			xml.append("<item type=\"dict\">");
			fields(item, xml);
			xml.append("</item>");
		}
		return xml.append("</root>").toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void fields(CustomItem item, StringBuilder xml) {
		xml.append("<id type=\"int\">").append(item.id()).append("</id>");
		xml.append("<name type=\"str\">").append(escape(item.name())).append("</name>");
		xml.append("<url type=\"str\">").append(escape(item.url())).append("</url>");
	}

	/**
	 * dicttoxml's escaping: the five XML special characters, ampersand first; and, where dicttoxml
	 * wrote XML no parser accepts, each character XML 1.0 cannot carry (a control character, as in a
	 * name stored before they were refused) as U+FFFD, as the platform's XML answers do.
	 */
	static String escape(String text) {
		return XmlText.writable(text)
			.replace("&", "&amp;")
			.replace("\"", "&quot;")
			.replace("'", "&apos;")
			.replace("<", "&lt;")
			.replace(">", "&gt;");
	}

}

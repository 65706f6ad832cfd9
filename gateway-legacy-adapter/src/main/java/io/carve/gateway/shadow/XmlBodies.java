package io.carve.gateway.shadow;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Compares two XML documents as the monolith's clients read them (dicttoxml's format): element
 * names, the {@code type} attribute dicttoxml writes on each, and text; children in order,
 * whitespace between elements ignored. Another element name or {@code type}, or an element
 * missing or extra, is a {@code shape} difference; other text a {@code body} one. Elements named
 * in the ignored set are skipped at any depth. Parsed safely: a document type declaration is
 * refused, so no external entity, no external DTD and no entity expansion is ever read.
 */
final class XmlBodies {

	private final Set<String> ignoredElements;

	XmlBodies(Set<String> ignoredElements) {
		this.ignoredElements = ignoredElements;
	}

	/** The document element of this body, or an exception saying why it is no XML the comparison reads. */
	static Element parse(byte[] body) throws IOException, SAXException {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			factory.setNamespaceAware(false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			// Parse errors are thrown, not printed on standard error as well.
			builder.setErrorHandler(new DefaultHandler() {
				@Override
				public void error(org.xml.sax.SAXParseException ex) throws SAXException {
					throw ex;
				}
			});
			return builder.parse(new ByteArrayInputStream(body)).getDocumentElement();
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException("The JDK's XML parser cannot be made safe", ex);
		}
	}

	void compare(Element legacy, Element candidate, List<Difference> differences) {
		compare("/" + legacy.getTagName(), legacy, candidate, differences);
	}

	private void compare(String path, Element legacy, Element candidate, List<Difference> differences) {
		if (!legacy.getTagName().equals(candidate.getTagName())) {
			differences.add(new Difference(DifferenceKind.SHAPE, path, tag(legacy), tag(candidate)));
			return;
		}
		if (!legacy.getAttribute("type").equals(candidate.getAttribute("type"))) {
			differences.add(new Difference(DifferenceKind.SHAPE, path + "/@type", quoted(legacy.getAttribute("type")),
					quoted(candidate.getAttribute("type"))));
		}
		List<Element> legacyChildren = children(legacy);
		List<Element> candidateChildren = children(candidate);
		String legacyText = text(legacy, !legacyChildren.isEmpty());
		String candidateText = text(candidate, !candidateChildren.isEmpty());
		if (!Objects.equals(legacyText, candidateText)) {
			differences.add(new Difference(DifferenceKind.BODY, path, quoted(legacyText), quoted(candidateText)));
		}
		int size = Math.max(legacyChildren.size(), candidateChildren.size());
		for (int i = 0; i < size; i++) {
			Element left = (i < legacyChildren.size()) ? legacyChildren.get(i) : null;
			Element right = (i < candidateChildren.size()) ? candidateChildren.get(i) : null;
			String child = path + "/" + step(left != null ? left : right, (left != null) ? legacyChildren : candidateChildren);
			if (left == null || right == null) {
				differences.add(new Difference(DifferenceKind.SHAPE, child, tag(left), tag(right)));
			}
			else {
				compare(child, left, right, differences);
			}
		}
	}

	/** The child elements that are compared, in document order. */
	private List<Element> children(Element element) {
		List<Element> children = new ArrayList<>();
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element childElement && !this.ignoredElements.contains(childElement.getTagName())) {
				children.add(childElement);
			}
		}
		return children;
	}

	/** The element's own text; beside child elements, with the whitespace that indents them dropped. */
	private static String text(Element element, boolean hasChildren) {
		StringBuilder text = new StringBuilder();
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
				text.append(child.getNodeValue());
			}
		}
		return hasChildren ? text.toString().strip() : text.toString();
	}

	/** The element's step in a path: its name, with its place among same-named siblings if there are several. */
	private static String step(Element element, List<Element> siblings) {
		String name = element.getTagName();
		long sameName = siblings.stream().filter((sibling) -> sibling.getTagName().equals(name)).count();
		if (sameName < 2) {
			return name;
		}
		int position = 1;
		for (Element sibling : siblings) {
			if (sibling == element) {
				break;
			}
			if (sibling.getTagName().equals(name)) {
				position++;
			}
		}
		return name + "[" + position + "]";
	}

	private static String tag(Element element) {
		if (element == null) {
			return JsonBodies.MISSING;
		}
		String type = element.getAttribute("type");
		return "<" + element.getTagName() + (type.isEmpty() ? "" : " type=\"" + type + "\"") + ">";
	}

	private static String quoted(String text) {
		return "\"" + text + "\"";
	}

}

package io.carve.starter.xml;

import java.io.ByteArrayInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import tools.jackson.core.JacksonException;
import tools.jackson.dataformat.xml.XmlMapper;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class WritableXmlAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(WritableXmlAutoConfiguration.class, JacksonAutoConfiguration.class));

	@ParameterizedTest
	@ValueSource(strings = { "ctl\u0001\u001b[31mred", "nul\u0000", "lone\uD800", "nc\uFFFE\uFFFF" })
	void writesWellFormedXmlReplacingWhatXmlCannotCarry(String name) {
		this.runner.run((context) -> {
			byte[] xml = context.getBean(XmlMapper.class).writeValueAsBytes(new Named(name));
			Document document = parse(xml);
			String written = document.getDocumentElement().getElementsByTagName("name").item(0).getTextContent();
			assertThat(written).doesNotContain("\u0000", "\u0001", "\u001b", "\uD800", "\uFFFE", "\uFFFF")
				.contains(String.valueOf(XmlText.REPLACEMENT));
		});
	}

	@Test
	void keepsTabLineFeedAndSupplementaryCharacters() {
		this.runner.run((context) -> {
			byte[] xml = context.getBean(XmlMapper.class).writeValueAsBytes(new Named("a\tb\nc \uD83D\uDE00"));
			assertThat(parse(xml).getDocumentElement().getTextContent()).isEqualTo("a\tb\nc \uD83D\uDE00");
		});
	}

	@Test
	void failsAsJacksonDoesWhenSwitchedOff() {
		this.runner.withPropertyValues("carve.xml.replace-unwritable.enabled=false")
			.run((context) -> assertThatExceptionOfType(JacksonException.class)
				.isThrownBy(() -> context.getBean(XmlMapper.class).writeValueAsBytes(new Named("ctl\u0001"))));
	}

	private static Document parse(byte[] xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
	}

	record Named(String name) {

	}

}

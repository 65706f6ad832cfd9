package io.carve.starter.xml;

import com.ctc.wstx.api.InvalidCharHandler;
import com.ctc.wstx.api.WstxOutputProperties;
import com.ctc.wstx.stax.WstxOutputFactory;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdScalarSerializer;
import tools.jackson.dataformat.xml.XmlFactory;
import tools.jackson.dataformat.xml.XmlMapper;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.XmlMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * Every XML answer is well-formed XML 1.0, whatever text it carries: a character XML 1.0 cannot
 * hold, as in a row stored before {@code @StorableText} refused it, is written as U+FFFD
 * ({@link XmlText}) instead of failing the answer with a 500. Problems in XML share the mapper, so
 * a bad value they quote is replaced too. JSON, which can escape any character, is left as it is.
 */
@AutoConfiguration(before = JacksonAutoConfiguration.class)
@ConditionalOnClass({ XmlMapper.class, WstxOutputFactory.class })
@ConditionalOnBooleanProperty(name = "carve.xml.replace-unwritable.enabled", matchIfMissing = true)
public class WritableXmlAutoConfiguration {

	@Bean
	XmlMapperBuilderCustomizer unwritableXmlCharactersReplaced() {
		return (builder) -> {
			builder.addModule(new SimpleModule("carve-writable-xml").addSerializer(String.class, new WritableText()));
			// Text that reaches Woodstox by another way than a string value (a name, a character array).
			if (((XmlFactory) builder.streamFactory()).getXMLOutputFactory() instanceof WstxOutputFactory woodstox) {
				woodstox.setProperty(WstxOutputProperties.P_OUTPUT_INVALID_CHAR_HANDLER,
						new InvalidCharHandler.ReplacingHandler(XmlText.REPLACEMENT));
			}
		};
	}

	/** Strings, written as XML 1.0 can carry them. */
	static final class WritableText extends StdScalarSerializer<String> {

		WritableText() {
			super(String.class);
		}

		@Override
		public void serialize(String value, JsonGenerator generator, SerializationContext context) {
			generator.writeString(XmlText.writable(value));
		}

	}

}

package io.carve.starter.json;

import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * JSON text fields take only JSON strings: a number or boolean sent for one is a wrong type
 * (400 naming the field), not quietly turned into text. XML, where everything is text, is not
 * affected. Unknown fields, trailing tokens and numbers for enums are refused by the platform's
 * default settings ({@code spring.jackson.*}).
 */
@AutoConfiguration(before = JacksonAutoConfiguration.class)
@ConditionalOnBooleanProperty(name = "carve.strict-json.enabled", matchIfMissing = true)
public class StrictJsonAutoConfiguration {

	@Bean
	JsonMapperBuilderCustomizer textFieldsTakeOnlyStrings() {
		return (builder) -> builder.withCoercionConfig(LogicalType.Textual,
				(config) -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
					.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
					.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
	}

}

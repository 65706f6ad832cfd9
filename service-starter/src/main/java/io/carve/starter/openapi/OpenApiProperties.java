package io.carve.starter.openapi;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The service's API description at {@code /v3/api-docs}, under {@code carve.openapi}.
 *
 * @param enabled whether the platform names and completes the description
 * @param description what the API offers, in a sentence or two
 */
@ConfigurationProperties("carve.openapi")
public record OpenApiProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue("Every error is an RFC 9457 problem, in JSON or XML.") String description) {

}

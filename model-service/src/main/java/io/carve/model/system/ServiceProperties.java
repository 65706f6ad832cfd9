package io.carve.model.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * HTTP limits of the service, under {@code model-service}.
 *
 * @param maxRequestBody largest request body accepted; larger ones get 413
 * @param maxPageSize largest {@code size} a list accepts; larger ones get 400
 */
@ConfigurationProperties("model-service")
public record ServiceProperties(@DefaultValue("64KB") DataSize maxRequestBody, @DefaultValue("100") int maxPageSize) {

}

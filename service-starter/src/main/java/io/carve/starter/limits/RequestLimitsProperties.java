package io.carve.starter.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what a client may send, under {@code carve.limits}.
 *
 * @param enabled whether the limits apply at all
 * @param maxRequestBody largest request body accepted; larger ones get 413
 */
@ConfigurationProperties("carve.limits")
public record RequestLimitsProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue("64KB") DataSize maxRequestBody) {

}

package io.carve.starter.limits;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what a client may send, under {@code carve.limits}.
 *
 * @param enabled whether the limits apply at all
 * @param maxRequestBody largest request body accepted; larger ones get 413
 * @param bodyReadTimeout longest time a whole request body may take to arrive; a slower one gets 408
 * @param maxConcurrentBodies most requests whose bodies are read at once; more get 503, so slow uploads
 * cannot take every server thread
 */
@ConfigurationProperties("carve.limits")
public record RequestLimitsProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue("64KB") DataSize maxRequestBody, @DefaultValue("20s") Duration bodyReadTimeout,
		@DefaultValue("100") int maxConcurrentBodies) {

}

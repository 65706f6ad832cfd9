package io.carve.starter.idempotency;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code Idempotency-Key} on creates, under {@code carve.idempotency}.
 *
 * @param ttl how long a key is remembered after its first request; a repeat after that is a new
 * request, and the key's row is purged
 */
@ConfigurationProperties("carve.idempotency")
public record IdempotencyProperties(@DefaultValue("24h") Duration ttl) {

}

package io.carve.bench.bare;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The bare endpoint's settings, under {@code bare}.
 *
 * @param delay how long each answer waits before it is written: zero for the floor, about
 * 100 ms for a slow upstream
 */
@ConfigurationProperties("bare")
record BareProperties(@DefaultValue("0ms") Duration delay) {

}

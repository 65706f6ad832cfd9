package io.carve.gateway.legacy;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the legacy monolith answers, and how long the proxy waits for it.
 *
 * @param baseUrl root URL of the monolith; request paths are appended to it unchanged
 * @param connectTimeout how long to wait for a connection to the monolith
 * @param responseTimeout how long the monolith may stay silent: before its status line, and
 *     between two parts of its body
 * @param maxConnections the most connections to the monolith at once, kept alive between requests
 */
@ConfigurationProperties("legacy")
record LegacyProperties(URI baseUrl, @DefaultValue("2s") Duration connectTimeout,
		@DefaultValue("30s") Duration responseTimeout, @DefaultValue("200") int maxConnections) {

	LegacyProperties {
		if (baseUrl == null || baseUrl.getScheme() == null || baseUrl.getHost() == null) {
			throw new IllegalArgumentException(
					"legacy.base-url must be an absolute http(s) URL of the legacy monolith, such as http://legacy.internal:8000; it is '"
							+ baseUrl + "'");
		}
		if (maxConnections < 1) {
			throw new IllegalArgumentException("legacy.max-connections must be at least 1; it is " + maxConnections);
		}
	}

}

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
 * @param responseTimeout how long to wait for the monolith's status line and headers
 */
@ConfigurationProperties("legacy")
record LegacyProperties(URI baseUrl, @DefaultValue("2s") Duration connectTimeout,
		@DefaultValue("30s") Duration responseTimeout) {

	LegacyProperties {
		if (baseUrl == null || baseUrl.getScheme() == null || baseUrl.getHost() == null) {
			throw new IllegalArgumentException(
					"legacy.base-url must be an absolute http(s) URL of the legacy monolith, such as http://legacy.internal:8000; it is '"
							+ baseUrl + "'");
		}
	}

}

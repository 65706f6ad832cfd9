package io.carve.starter.openapi;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The service's API description at {@code /v3/api-docs}, under {@code carve.openapi}.
 *
 * @param enabled whether the platform names and completes the description
 * @param description what the API offers, in a sentence or two
 * @param license the licence the API is offered under, if the description names one
 */
@ConfigurationProperties("carve.openapi")
public record OpenApiProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue("Every error is an RFC 9457 problem, in JSON or XML.") String description, License license) {

	/**
	 * A licence, as OpenAPI names one: by name, with an SPDX identifier or a URL.
	 *
	 * @param name its name
	 * @param identifier its SPDX expression, such as {@code Apache-2.0} or {@code LicenseRef-Proprietary}
	 * @param url where it can be read, when it has no SPDX identifier
	 */
	public record License(String name, String identifier, URI url) {

	}

}

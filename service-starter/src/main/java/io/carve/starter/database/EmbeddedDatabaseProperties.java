package io.carve.starter.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The PostgreSQL started inside the service when no {@code spring.datasource.url} is set, under
 * {@code carve.embedded-database}.
 *
 * @param enabled whether to start one at all; with {@code false} and no URL the service fails to
 * start instead, as production should
 * @param dataDirectory where its data lives, relative to the working directory unless absolute;
 * kept across restarts; the platform's default is {@code data/<spring.application.name>/postgres}
 * @param port its port, 0 for any free one
 */
@ConfigurationProperties("carve.embedded-database")
public record EmbeddedDatabaseProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue("data/postgres") Path dataDirectory,
		@DefaultValue("0") int port) {

	/** The switch that both the embedded database and the refusal to run without one read. */
	public static final String ENABLED = "carve.embedded-database.enabled";

}

package io.carve.model.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The PostgreSQL started inside the service when no {@code spring.datasource.url} is set, under
 * {@code model-service.embedded-database}.
 *
 * @param enabled whether to start one at all; with {@code false} and no URL the service fails to
 * start instead, as production should
 * @param dataDirectory where its data lives, relative to the working directory unless absolute;
 * kept across restarts
 * @param port its port, 0 for any free one
 */
@ConfigurationProperties("model-service.embedded-database")
public record EmbeddedDatabaseProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue("data/model-service/postgres") Path dataDirectory,
		@DefaultValue("0") int port) {

	/** The switch that both the embedded database and the refusal to run without one read. */
	public static final String ENABLED = "model-service.embedded-database.enabled";

}

package io.carve.model.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The PostgreSQL started inside the service when no {@code spring.datasource.url} is set, under
 * {@code model-service.embedded-database}.
 *
 * @param dataDirectory where its data lives, relative to the working directory unless absolute;
 * kept across restarts
 * @param port its port, 0 for any free one
 */
@ConfigurationProperties("model-service.embedded-database")
public record EmbeddedDatabaseProperties(@DefaultValue("data/model-service/postgres") Path dataDirectory,
		@DefaultValue("0") int port) {

}

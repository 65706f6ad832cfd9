package io.carve.starter.cli;

import io.carve.starter.database.EmbeddedPostgresAutoConfiguration;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Just the database and Flyway, for the {@code db} commands: no web layer, no JPA. Deliberately
 * not a {@code @Configuration}, so no component scan ever picks it up.
 */
@ImportAutoConfiguration({ EmbeddedPostgresAutoConfiguration.class, DataSourceAutoConfiguration.class,
		FlywayAutoConfiguration.class })
class DatabaseCommandContext {

	/** The db commands decide what Flyway does; starting the context migrates nothing. */
	@Bean
	FlywayMigrationStrategy explicitMigrationsOnly() {
		return (flyway) -> {
		};
	}

}

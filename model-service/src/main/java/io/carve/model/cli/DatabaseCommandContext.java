package io.carve.model.cli;

import io.carve.model.system.EmbeddedPostgresConfiguration;
import io.carve.model.system.MissingDatabaseConfiguration;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Just the database and Flyway, for the {@code db} commands: no web layer, no JPA. Deliberately
 * not a {@code @Configuration}, so the service's component scan never picks it up.
 */
@Import({ EmbeddedPostgresConfiguration.class, MissingDatabaseConfiguration.class })
@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class })
class DatabaseCommandContext {

	/** The db commands decide what Flyway does; starting the context migrates nothing. */
	@Bean
	FlywayMigrationStrategy explicitMigrationsOnly() {
		return (flyway) -> {
		};
	}

}

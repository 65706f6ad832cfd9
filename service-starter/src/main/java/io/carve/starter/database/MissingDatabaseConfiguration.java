package io.carve.starter.database;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * With the embedded PostgreSQL switched off, as production configuration does, and no
 * {@code spring.datasource.url}, the service refuses to start and says what to configure, rather
 * than leaving Boot to guess at a driver class.
 */
@ConditionalOnBooleanProperty(name = EmbeddedDatabaseProperties.ENABLED, havingValue = false)
@Conditional(EmbeddedPostgresConfiguration.NoDataSourceUrl.class)
class MissingDatabaseConfiguration {

	@Bean
	DataSource dataSource(@Value("${spring.application.name:application}") String service) {
		throw new IllegalStateException("No database is configured: set spring.datasource.url, username and password"
				+ " (for example in /etc/" + service + "/application.yml), or set"
				+ " carve.embedded-database.enabled to true to start an embedded PostgreSQL.");
	}

}

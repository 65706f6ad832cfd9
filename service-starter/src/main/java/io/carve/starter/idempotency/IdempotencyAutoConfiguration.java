package io.carve.starter.idempotency;

import javax.sql.DataSource;

import io.carve.starter.database.EmbeddedPostgresAutoConfiguration;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Creates can be retried safely: a POST carrying an {@code Idempotency-Key} runs once, its answer
 * kept in the service's database for {@code carve.idempotency.ttl} ({@link IdempotencyFilter}).
 * Applies to a web service with a database through JDBC; its table comes from the starter's
 * Flyway location {@code classpath:db/carve}, which the platform's defaults add.
 */
@AutoConfiguration(after = { DataSourceAutoConfiguration.class, EmbeddedPostgresAutoConfiguration.class,
		JdbcTemplateAutoConfiguration.class })
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnClass(JdbcTemplate.class)
@ConditionalOnBean(DataSource.class)
@ConditionalOnBooleanProperty(name = "carve.idempotency.enabled", matchIfMissing = true)
@EnableConfigurationProperties(IdempotencyProperties.class)
public class IdempotencyAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	IdempotencyFilter idempotencyFilter(DataSource dataSource, IdempotencyProperties properties) {
		return new IdempotencyFilter(new IdempotencyKeys(new JdbcTemplate(dataSource), properties.ttl()));
	}

}

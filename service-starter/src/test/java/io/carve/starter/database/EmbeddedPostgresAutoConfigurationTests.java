package io.carve.starter.database;

import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedPostgresAutoConfigurationTests {

	private static final String EXTERNAL_URL = "spring.datasource.url=jdbc:postgresql://db.example.org:5432/billing";

	private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(
			AutoConfigurations.of(EmbeddedPostgresAutoConfiguration.class, DataSourceAutoConfiguration.class));

	@Test
	void startsAPostgresWithItsDataInTheConfiguredFolderWhenNoUrlIsSet(@TempDir Path data) {
		this.runner.withPropertyValues("carve.embedded-database.data-directory=" + data,
				"spring.datasource.hikari.maximum-pool-size=2")
			.run((context) -> {
				assertThat(context).hasSingleBean(EmbeddedPostgres.class).hasSingleBean(DataSource.class);
				HikariDataSource dataSource = context.getBean(HikariDataSource.class);
				assertThat(dataSource.getPoolName()).isEqualTo("embedded-postgres");
				assertThat(dataSource.getMaximumPoolSize()).isEqualTo(2);
				assertThat(new JdbcTemplate(dataSource).queryForObject("show data_directory", String.class))
					.isEqualTo(data.toRealPath().toString());
			});
	}

	@Test
	void leavesAConfiguredDatabaseToBoot() {
		this.runner.withPropertyValues(EXTERNAL_URL).run((context) -> {
			assertThat(context).doesNotHaveBean(EmbeddedPostgres.class);
			assertThat(context).getBean(HikariDataSource.class)
				.satisfies((dataSource) -> assertThat(dataSource.getJdbcUrl()).isEqualTo(
						"jdbc:postgresql://db.example.org:5432/billing"));
		});
	}

	@Test
	void leavesAConfiguredDatabaseToBootWhenSwitchedOff() {
		this.runner.withPropertyValues(EXTERNAL_URL, "carve.embedded-database.enabled=false").run((context) -> {
			assertThat(context).hasNotFailed().doesNotHaveBean(EmbeddedPostgres.class);
			assertThat(context.getBean(HikariDataSource.class).getJdbcUrl())
				.isEqualTo("jdbc:postgresql://db.example.org:5432/billing");
		});
	}

	@Test
	void refusesToStartWithoutADatabaseWhenSwitchedOff() {
		this.runner.withPropertyValues("carve.embedded-database.enabled=false", "spring.application.name=billing-service")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(IllegalStateException.class)
				.hasMessageStartingWith("No database is configured: set spring.datasource.url")
				.hasMessageContaining("/etc/billing-service/application.yml")
				.hasMessageContaining("carve.embedded-database.enabled"));
	}

	@Test
	void backsOffForTheServicesOwnDataSource(@TempDir Path data) {
		HikariDataSource own = new HikariDataSource();
		own.setJdbcUrl("jdbc:postgresql://db.example.org:5432/billing");
		this.runner.withBean("billingDataSource", DataSource.class, () -> own)
			.withPropertyValues("carve.embedded-database.data-directory=" + data)
			.run((context) -> {
				assertThat(context).hasNotFailed().doesNotHaveBean(EmbeddedPostgres.class);
				assertThat(context).getBean(DataSource.class).isSameAs(own);
			});
	}

	@Test
	void acceptsTheServicesOwnDataSourceWhenSwitchedOff() {
		HikariDataSource own = new HikariDataSource();
		own.setJdbcUrl("jdbc:postgresql://db.example.org:5432/billing");
		this.runner.withBean("billingDataSource", DataSource.class, () -> own)
			.withPropertyValues("carve.embedded-database.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed().getBean(DataSource.class).isSameAs(own));
	}

	@Test
	void isAbsentWithoutTheEmbeddedPostgresLibrary() {
		// Without the library not even the refusal applies: the DataSource is Boot's business.
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(EmbeddedPostgresAutoConfiguration.class))
			.withClassLoader(new FilteredClassLoader(EmbeddedPostgres.class))
			.withPropertyValues("carve.embedded-database.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(DataSource.class)
				.doesNotHaveBean(EmbeddedDatabaseProperties.class));
	}

}

package io.carve.starter.idempotency;

import java.time.Duration;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

class IdempotencyAutoConfigurationTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(IdempotencyAutoConfiguration.class))
		.withBean(DataSource.class, () -> mock(DataSource.class));

	@Test
	void remembersKeysForADayByDefaultWhereThereIsADatabase() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(IdempotencyFilter.class);
			assertThat(context.getBean(IdempotencyProperties.class).ttl()).isEqualTo(Duration.ofHours(24));
		});
	}

	@Test
	void takesTheTimeToLiveFromItsProperty() {
		this.runner.withPropertyValues("carve.idempotency.ttl=15m")
			.run((context) -> assertThat(context.getBean(IdempotencyProperties.class).ttl())
				.isEqualTo(Duration.ofMinutes(15)));
	}

	@Test
	void isOffByProperty() {
		this.runner.withPropertyValues("carve.idempotency.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(IdempotencyFilter.class));
	}

	@Test
	void backsOffForTheServicesOwnFilter() {
		IdempotencyFilter own = new IdempotencyFilter(null);
		this.runner.withBean(IdempotencyFilter.class, () -> own)
			.run((context) -> assertThat(context).getBean(IdempotencyFilter.class).isSameAs(own));
	}

	@Test
	void isAbsentWithoutADatabase() {
		new WebApplicationContextRunner().withConfiguration(AutoConfigurations.of(IdempotencyAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean(IdempotencyFilter.class));
	}

	@Test
	void isAbsentWithoutJdbc() {
		this.runner.withClassLoader(new FilteredClassLoader(JdbcTemplate.class))
			.run((context) -> assertThat(context).doesNotHaveBean(IdempotencyFilter.class));
	}

	@Test
	void isAbsentOutsideAWebApplication() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(IdempotencyAutoConfiguration.class))
			.withBean(DataSource.class, () -> mock(DataSource.class))
			.run((context) -> assertThat(context).doesNotHaveBean(IdempotencyFilter.class));
	}

}

package io.carve.starter.defaults;

import java.util.Map;

import io.carve.starter.client.RetryBudgetProperties;
import io.carve.starter.client.ServerSideFailure;
import io.carve.starter.client.TransientFailure;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformDefaultsTests {

	@Test
	void suppliesTheSettingsOfEveryService() {
		StandardEnvironment environment = environmentWith(Map.of("spring.application.name", "billing-service"));
		assertThat(environment.getProperty("spring.jackson.deserialization.fail-on-unknown-properties")).isEqualTo("true");
		assertThat(environment.getProperty("server.shutdown")).isEqualTo("graceful");
		assertThat(environment.getProperty("server.error.include-stacktrace")).isEqualTo("never");
		assertThat(environment.getProperty("management.endpoints.web.exposure.include")).isEqualTo("health, info, prometheus");
		assertThat(environment.getProperty("management.metrics.tags.service")).isEqualTo("billing-service");
	}

	@Test
	void suppliesTheSettingsOfAServiceWithADatabaseWhereJpaIsPresent() {
		StandardEnvironment environment = environmentWith(Map.of("spring.application.name", "billing-service"));
		assertThat(environment.getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("validate");
		assertThat(environment.getProperty("carve.embedded-database.data-directory"))
			.isEqualTo("data/billing-service/postgres");
	}

	@Test
	void suppliesTheSettingsOfClientsWhereFeignIsPresent() {
		StandardEnvironment environment = environmentWith(Map.of());
		assertThat(environment.getProperty("spring.cloud.openfeign.client.config.default.read-timeout")).isEqualTo("2000");
		assertThat(environment.getProperty("resilience4j.retry.configs.default.retry-exception-predicate"))
			.isEqualTo(TransientFailure.class.getName());
		assertThat(environment.getProperty("resilience4j.circuitbreaker.configs.default.record-failure-predicate"))
			.isEqualTo(ServerSideFailure.class.getName());
		assertThat(environment.getProperty("spring.cloud.loadbalancer.retry.enabled")).isEqualTo("false");
		assertThat(Binder.get(environment).bind("carve.clients.retry-budget", RetryBudgetProperties.class).get())
			.isEqualTo(new RetryBudgetProperties(0.1, 10));
	}

	@Test
	void givesWayToTheServicesOwnConfiguration() {
		StandardEnvironment environment = environmentWith(Map.of("spring.cloud.openfeign.client.config.default.read-timeout",
				"500", "server.shutdown", "immediate"));
		assertThat(environment.getProperty("spring.cloud.openfeign.client.config.default.read-timeout")).isEqualTo("500");
		assertThat(environment.getProperty("server.shutdown")).isEqualTo("immediate");
	}

	private static StandardEnvironment environmentWith(Map<String, Object> own) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("own", own));
		new PlatformDefaults().postProcessEnvironment(environment, new SpringApplication());
		return environment;
	}

}

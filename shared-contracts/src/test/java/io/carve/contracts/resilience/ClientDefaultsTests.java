package io.carve.contracts.resilience;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class ClientDefaultsTests {

	@Test
	void suppliesThePlatformDefaults() {
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
	void givesWayToTheConsumersOwnConfiguration() {
		StandardEnvironment environment = environmentWith(
				Map.of("spring.cloud.openfeign.client.config.default.read-timeout", "500"));
		assertThat(environment.getProperty("spring.cloud.openfeign.client.config.default.read-timeout")).isEqualTo("500");
	}

	private static StandardEnvironment environmentWith(Map<String, Object> own) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("own", own));
		new ClientDefaults().postProcessEnvironment(environment, new SpringApplication());
		return environment;
	}

}

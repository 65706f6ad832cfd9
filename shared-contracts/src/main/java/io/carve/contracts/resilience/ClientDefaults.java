package io.carve.contracts.resilience;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds {@value #RESOURCE}, the platform's defaults for calls between services (timeouts, pool,
 * retries, circuit breaker, bulkhead), behind every other property source, so a consumer's own
 * configuration overrides any of them.
 */
class ClientDefaults implements EnvironmentPostProcessor {

	static final String RESOURCE = "io/carve/contracts/client-defaults.yml";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		try {
			for (PropertySource<?> source : new YamlPropertySourceLoader().load("platformClientDefaults",
					new ClassPathResource(RESOURCE, ClientDefaults.class.getClassLoader()))) {
				environment.getPropertySources().addLast(source);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + RESOURCE, ex);
		}
	}

}

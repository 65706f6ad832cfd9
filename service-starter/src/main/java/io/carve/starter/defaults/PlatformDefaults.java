package io.carve.starter.defaults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.util.ClassUtils;

/**
 * Adds the platform's default settings behind every other property source, so a service's own
 * {@code application.yml}, its operator's file and its command line override any of them: those
 * of every service ({@value #SERVICE}), those of a service with a database where JPA is present
 * ({@value #DATA}), and those of calls to other services where Feign is present ({@value #CLIENTS}).
 */
public class PlatformDefaults implements EnvironmentPostProcessor, Ordered {

	static final String SERVICE = "io/carve/starter/service-defaults.yml";

	static final String DATA = "io/carve/starter/data-defaults.yml";

	static final String CLIENTS = "io/carve/starter/client-defaults.yml";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		ClassLoader classLoader = PlatformDefaults.class.getClassLoader();
		Map<String, Boolean> files = new LinkedHashMap<>();
		files.put(SERVICE, true);
		files.put(DATA, ClassUtils.isPresent("jakarta.persistence.EntityManager", classLoader));
		files.put(CLIENTS, ClassUtils.isPresent("feign.Feign", classLoader));
		files.forEach((file, applies) -> {
			if (applies) {
				add(environment, file, classLoader);
			}
		});
	}

	private static void add(ConfigurableEnvironment environment, String file, ClassLoader classLoader) {
		try {
			for (PropertySource<?> source : new YamlPropertySourceLoader().load("platformDefaults " + file,
					new ClassPathResource(file, classLoader))) {
				environment.getPropertySources().addLast(source);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the platform's defaults in " + file, ex);
		}
	}

	/** After the configuration files are read, and behind them. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}

package io.carve.starter.cli;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.boot.env.PropertySourceLoader;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * The service's name before Spring starts, for its command line, prompt and operator file: the
 * {@code spring.application.name} of the jar's own {@code application.yml} (or
 * {@code .properties}), the one place a service names itself.
 */
final class ServiceName {

	private static final String PROPERTY = "spring.application.name";

	private ServiceName() {
	}

	static String of(Class<?> application) {
		ClassLoader classLoader = application.getClassLoader();
		String name = read(new YamlPropertySourceLoader(), "application.yml", classLoader);
		if (name == null) {
			name = read(new PropertiesPropertySourceLoader(), "application.properties", classLoader);
		}
		if (name == null) {
			throw new IllegalStateException("The service has no name: set spring.application.name in its"
					+ " src/main/resources/application.yml.");
		}
		return name;
	}

	private static String read(PropertySourceLoader loader, String file, ClassLoader classLoader) {
		ClassPathResource resource = new ClassPathResource(file, classLoader);
		if (!resource.exists()) {
			return null;
		}
		try {
			for (PropertySource<?> source : loader.load(file, resource)) {
				Object name = source.getProperty(PROPERTY);
				if (name != null && !name.toString().isBlank()) {
					return name.toString();
				}
			}
			return null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + file, ex);
		}
	}

}

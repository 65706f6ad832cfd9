package io.carve.starter.logging;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Names the log file after the service: with {@code logging.file.path} set (an operator sets it
 * to {@code /var/log/<service>}) and no {@code logging.file.name}, the service logs to
 * {@code <path>/<spring.application.name>.log} instead of Boot's generic {@code spring.log}.
 */
public class ServiceLogFile implements EnvironmentPostProcessor, Ordered {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String directory = environment.getProperty("logging.file.path");
		if (!StringUtils.hasText(directory) || StringUtils.hasText(environment.getProperty("logging.file.name"))) {
			return;
		}
		String service = environment.getProperty("spring.application.name", "application");
		String file = Path.of(directory, service + ".log").toString();
		environment.getPropertySources().addLast(new MapPropertySource("serviceLogFile", Map.of("logging.file.name", file)));
	}

	/** After the configuration files are read, so that their {@code logging.file.path} counts. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}

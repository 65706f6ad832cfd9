package io.carve.model.cli;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.carve.model.ModelServiceApplication;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.health.DataSourceHealthContributorAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.metrics.DataSourcePoolMetricsAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the service's Spring contexts for the command line, each layering the optional
 * operator file ({@code /etc/model-service/application.yml}, or the file named by
 * {@code MODEL_SERVICE_CONFIG}) over the jar's defaults.
 */
class ServiceLauncher {

	/** Environment variable naming the operator's configuration file. */
	static final String CONFIG_VARIABLE = "MODEL_SERVICE_CONFIG";

	/** Where the operator's configuration file is looked for by default. */
	static final String DEFAULT_CONFIG_FILE = "/etc/model-service/application.yml";

	/**
	 * What {@link #webLayer} overrides, above every other source: a throwaway port, and none of the
	 * auto-configuration that reaches the database.
	 */
	private static final Map<String, Object> WEB_LAYER_ONLY = Map.of("server.port", 0,
			"management.endpoint.health.validate-group-membership", false, "spring.autoconfigure.exclude",
			Stream.of(DataSourceAutoConfiguration.class, DataSourceHealthContributorAutoConfiguration.class,
					DataSourcePoolMetricsAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
					DataJpaRepositoriesAutoConfiguration.class, FlywayAutoConfiguration.class)
				.map(Class::getName)
				.collect(Collectors.joining(",")));

	private final String configFile;

	ServiceLauncher(Map<String, String> environment) {
		this.configFile = environment.getOrDefault(CONFIG_VARIABLE, DEFAULT_CONFIG_FILE);
	}

	/** Starts the whole service, serving HTTP. */
	ConfigurableApplicationContext serve(List<String> args) {
		return builder(ModelServiceApplication.class).run(args.toArray(String[]::new));
	}

	/** Starts only the database and Flyway, migrating nothing by itself. */
	ConfigurableApplicationContext database(List<String> args) {
		return quiet(builder(DatabaseCommandContext.class)).web(WebApplicationType.NONE)
			.run(args.toArray(String[]::new));
	}

	/**
	 * Starts the web layer lazily, to read its request mappings: on a throwaway port whatever the
	 * configuration says, and without any database, so it also works while the service runs.
	 */
	ConfigurableApplicationContext webLayer(List<String> args) {
		return quiet(builder(ModelServiceApplication.class)).lazyInitialization(true)
			.initializers((context) -> context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("webLayerOnly", WEB_LAYER_ONLY)))
			.run(args.toArray(String[]::new));
	}

	/**
	 * A command prints its own result and, on failure, one line saying why: the context's start-up
	 * chatter and Boot's failure report with its stack trace would bury both.
	 */
	private static SpringApplicationBuilder quiet(SpringApplicationBuilder builder) {
		return builder.properties("logging.level.root=warn", "logging.level.org.springframework=error",
				"logging.level.org.springframework.boot.SpringApplication=off",
				"logging.level.org.springframework.boot.diagnostics=off");
	}

	private SpringApplicationBuilder builder(Class<?> source) {
		SpringApplicationBuilder builder = new SpringApplicationBuilder(source);
		builder.properties(Map.of("spring.config.additional-location", "optional:file:" + this.configFile));
		return builder;
	}

}

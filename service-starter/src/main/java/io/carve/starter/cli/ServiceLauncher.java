package io.carve.starter.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the service's Spring contexts for the command line, each layering the optional
 * operator file ({@code /etc/<service>/application.yml}, or the file named by
 * {@code <SERVICE>_CONFIG}) over the jar's defaults.
 */
class ServiceLauncher {

	/**
	 * What {@link #webLayer} overrides, above every other source: a throwaway port on loopback in
	 * plain HTTP, for a command to read from, no management port (the operator's, which the running
	 * service holds), and none of the auto-configuration that reaches the database (named, since a
	 * service may have none of it).
	 */
	private static final Map<String, Object> WEB_LAYER_ONLY = Map.of("server.port", 0, "server.address",
			"127.0.0.1", "server.ssl.enabled", false, "management.server.port", -1,
			// A service may keep its description off its public port (the gateway does); the
			// command reads it all the same.
			"springdoc.api-docs.enabled", true,
			"management.endpoint.health.validate-group-membership", false, "spring.autoconfigure.exclude",
			String.join(",", "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
					"org.springframework.boot.jdbc.autoconfigure.health.DataSourceHealthContributorAutoConfiguration",
					"org.springframework.boot.jdbc.autoconfigure.metrics.DataSourcePoolMetricsAutoConfiguration",
					"org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
					"org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration",
					"org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
					"io.carve.starter.database.EmbeddedPostgresAutoConfiguration"));

	private final Class<?> application;

	private final String configFile;

	private final Map<String, String> environment;

	ServiceLauncher(Class<?> application, String service, Map<String, String> environment) {
		this.application = application;
		this.environment = Map.copyOf(environment);
		this.configFile = environment.getOrDefault(configVariable(service), "/etc/" + service + "/application.yml");
	}

	/** The environment variable naming the operator's file: {@code MODEL_SERVICE_CONFIG} for model-service. */
	static String configVariable(String service) {
		return service.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_") + "_CONFIG";
	}

	/** The environment the command line runs in: the process's, or a test's. */
	Map<String, String> environment() {
		return this.environment;
	}

	/** Starts the whole service, serving HTTP. */
	ConfigurableApplicationContext serve(List<String> args) {
		return builder(this.application).run(args.toArray(String[]::new));
	}

	/** Starts only the database and Flyway, migrating nothing by itself. */
	ConfigurableApplicationContext database(List<String> args) {
		return quiet(builder(DatabaseCommandContext.class)).web(WebApplicationType.NONE)
			.run(args.toArray(String[]::new));
	}

	/**
	 * Starts the web layer lazily, to read its request mappings and API description: on a throwaway
	 * port whatever the configuration says, and without any database, so it also works while the
	 * service runs. Controllers get their collaborators as lazy proxies, never used.
	 */
	ConfigurableApplicationContext webLayer(List<String> args) {
		return quiet(builder(this.application)).lazyInitialization(true).initializers((context) -> {
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("webLayerOnly", WEB_LAYER_ONLY));
			if (context.getEnvironment().containsProperty("management.server.port")) {
				// A management port of its own: a throwaway one too, not the service's, which may be in use.
				context.getEnvironment()
					.getPropertySources()
					.addFirst(new MapPropertySource("webLayerManagement", Map.of("management.server.port", 0)));
			}
			if (context.getBeanFactory() instanceof DefaultListableBeanFactory beanFactory) {
				beanFactory.setAutowireCandidateResolver(new LazyControllerCollaborators());
			}
		}).run(args.toArray(String[]::new));
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

package io.carve.starter.reload;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.cloud.autoconfigure.ConfigurationPropertiesRebinderAutoConfiguration;
import org.springframework.cloud.autoconfigure.RefreshAutoConfiguration;
import org.springframework.cloud.context.environment.EnvironmentChangeEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class ReloadAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(
			AutoConfigurations.of(RefreshAutoConfiguration.class, ConfigurationPropertiesRebinderAutoConfiguration.class,
					ReloadAutoConfiguration.class));

	/**
	 * The refresh re-reads config data, which only a whole SpringApplication loads (a runner does
	 * not); without its logging listener, which would set up logging anew for every later test in
	 * this JVM (those that read the log would see nothing).
	 */
	private static ConfigurableApplicationContext start(Path routes) {
		SpringApplication application = new SpringApplicationBuilder(Reloadable.class).web(WebApplicationType.NONE)
			.properties("spring.config.import=optional:file:" + routes, "spring.main.banner-mode=off")
			.build();
		application.setListeners(application.getListeners()
			.stream()
			.filter((listener) -> !(listener instanceof LoggingApplicationListener))
			.toList());
		return application.run();
	}

	@Test
	void hangupReadsAnImportedFileAgainAndTellsTheBeansWhatChanged(@TempDir Path dir) throws Exception {
		Path routes = dir.resolve("routes.yml");
		Files.writeString(routes, "sample:\n  mode: legacy\n");
		try (ConfigurableApplicationContext context = start(routes)) {
			assertThat(context.getEnvironment().getProperty("sample.mode")).isEqualTo("legacy");
			Files.writeString(routes, "sample:\n  mode: migrated\n");
			context.getBean(HangupReload.class).onHangup();
			assertThat(context.getEnvironment().getProperty("sample.mode")).isEqualTo("migrated");
			assertThat(context.getBean(Changes.class).keys).contains("sample.mode");
		}
	}

	@Test
	void aFileThatNoLongerParsesLeavesTheConfigurationAsItWas(@TempDir Path dir) throws Exception {
		Path routes = dir.resolve("routes.yml");
		Files.writeString(routes, "sample:\n  mode: legacy\n");
		try (ConfigurableApplicationContext context = start(routes)) {
			Files.writeString(routes, "sample: [unclosed\n");
			assertThat(context.getBean(ConfigurationReload.class).reload("test")).isNull();
			assertThat(context.getEnvironment().getProperty("sample.mode")).isEqualTo("legacy");
		}
	}

	@Test
	void hangupCanBeLeftToTheJvm() {
		this.runner.withPropertyValues("carve.reload.on-hangup=false").run((context) -> {
			assertThat(context).hasSingleBean(ConfigurationReload.class);
			assertThat(context).doesNotHaveBean(HangupReload.class);
		});
	}

	@Test
	void withoutSpringCloudRefreshNothingIsAdded() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(ReloadAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean(ConfigurationReload.class));
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ RefreshAutoConfiguration.class, ConfigurationPropertiesRebinderAutoConfiguration.class,
			ReloadAutoConfiguration.class })
	@Import(Changes.class)
	static class Reloadable {

	}

	@Configuration(proxyBeanMethods = false)
	static class Changes implements ApplicationListener<EnvironmentChangeEvent> {

		final java.util.Set<String> keys = new java.util.HashSet<>();

		@Override
		public void onApplicationEvent(EnvironmentChangeEvent event) {
			this.keys.addAll(event.getKeys());
		}

	}

}

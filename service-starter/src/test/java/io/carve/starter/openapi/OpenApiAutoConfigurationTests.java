package io.carve.starter.openapi;

import java.util.Properties;

import io.swagger.v3.oas.models.OpenAPI;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class OpenApiAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OpenApiAutoConfiguration.class));

	@Test
	void namesTheDescriptionAfterTheServiceAndItsBuild() {
		Properties build = new Properties();
		build.setProperty("version", "1.4.2");
		this.runner.withPropertyValues("spring.application.name=billing-service")
			.withBean(BuildProperties.class, () -> new BuildProperties(build))
			.run((context) -> {
				OpenAPI api = context.getBean(OpenAPI.class);
				assertThat(api.getInfo().getTitle()).isEqualTo("billing-service");
				assertThat(api.getInfo().getVersion()).isEqualTo("1.4.2");
				assertThat(api.getInfo().getDescription()).contains("RFC 9457 problem");
			});
	}

	@Test
	void callsAnUnpackagedServiceADevelopmentBuild() {
		this.runner.run((context) -> assertThat(context.getBean(OpenAPI.class).getInfo().getVersion())
			.isEqualTo("development build"));
	}

	@Test
	void takesTheDescriptionFromItsProperty() {
		this.runner.withPropertyValues("carve.openapi.description=Bills and their payments.")
			.run((context) -> assertThat(context.getBean(OpenAPI.class).getInfo().getDescription())
				.isEqualTo("Bills and their payments."));
	}

	@Test
	void backsOffForTheServicesOwnDescription() {
		OpenAPI own = new OpenAPI();
		this.runner.withBean(OpenAPI.class, () -> own)
			.run((context) -> assertThat(context).getBean(OpenAPI.class).isSameAs(own));
	}

	@Test
	void isOffWhenSwitchedOff() {
		this.runner.withPropertyValues("carve.openapi.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(OpenAPI.class));
	}

	@Test
	void isAbsentWithoutSwagger() {
		this.runner.withClassLoader(new FilteredClassLoader(OpenAPI.class))
			.run((context) -> assertThat(context).doesNotHaveBean(OpenApiProperties.class).doesNotHaveBean("serviceApi"));
	}

}

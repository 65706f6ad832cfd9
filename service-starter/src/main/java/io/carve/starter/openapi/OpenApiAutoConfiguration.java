package io.carve.starter.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/** Names the API description at {@code /v3/api-docs} after the service and the version it was built as. */
@AutoConfiguration
@ConditionalOnClass(OpenAPI.class)
@ConditionalOnBooleanProperty(name = "carve.openapi.enabled", matchIfMissing = true)
@EnableConfigurationProperties(OpenApiProperties.class)
public class OpenApiAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	OpenAPI serviceApi(Environment environment, OpenApiProperties properties, ObjectProvider<BuildProperties> build) {
		BuildProperties info = build.getIfAvailable();
		return new OpenAPI().info(new Info().title(environment.getProperty("spring.application.name", "application"))
			.version((info != null) ? info.getVersion() : "development build")
			.description(properties.description()));
	}

}

package io.carve.starter.openapi;

import io.carve.starter.limits.RequestBodyLimitFilter;
import io.carve.starter.problems.FailureProblems;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springdoc.core.customizers.GlobalOperationCustomizer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Names the API description at {@code /v3/api-docs} after the service and the version it was built
 * as, and completes every operation: a summary, JSON and XML, and the problems it answers.
 */
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
			.description(properties.description())
			.license(license(properties.license())));
	}

	private static License license(OpenApiProperties.License license) {
		if (license == null || license.name() == null) {
			return null;
		}
		return new License().name(license.name())
			.identifier(license.identifier())
			.url((license.url() != null) ? license.url().toString() : null);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(GlobalOperationCustomizer.class)
	static class OperationsConfiguration {

		@Bean
		@ConditionalOnMissingBean
		OperationDefaultsCustomizer operationDefaultsCustomizer() {
			return new OperationDefaultsCustomizer();
		}

		@Bean
		@ConditionalOnMissingBean
		ProblemAnswersCustomizer problemAnswersCustomizer(ObjectProvider<FailureProblems> failures,
				ObjectProvider<RequestBodyLimitFilter> bodyLimit) {
			return new ProblemAnswersCustomizer(
					failures.orderedStream().flatMap((known) -> known.answers().stream()).toList(),
					bodyLimit.getIfAvailable() != null);
		}

	}

}

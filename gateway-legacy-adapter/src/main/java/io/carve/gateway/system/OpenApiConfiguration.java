package io.carve.gateway.system;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Names the API description at {@code /v3/api-docs} after the service and the version it was built as. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI serviceApi(@Value("${spring.application.name}") String service, ObjectProvider<BuildProperties> build) {
		BuildProperties properties = build.getIfAvailable();
		return new OpenAPI().info(new Info().title(service)
			.version((properties != null) ? properties.getVersion() : "development build")
			.description("The legacy monolith's migrated routes, served by the platform's services in the monolith's"
					+ " JSON and XML; every other path is passed to the monolith. Every error is an RFC 9457 problem."));
	}

}

package io.carve.gateway.custom;

import io.carve.starter.limits.RequestBodyLimitFilter;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * {@code /api/custom} takes a name, so its bodies are held to {@code gateway.custom.max-request-body}
 * (4 KB), well under the platform's limit, which stays what the proxied routes allow.
 */
@Configuration(proxyBeanMethods = false)
class CustomBodyLimit {

	@Bean
	FilterRegistrationBean<RequestBodyLimitFilter> customBodyLimitFilter(CustomProperties properties) {
		FilterRegistrationBean<RequestBodyLimitFilter> registration = new FilterRegistrationBean<>(
				new RequestBodyLimitFilter(properties.maxRequestBody()));
		registration.setName("customBodyLimit");
		registration.addUrlPatterns(CustomItem.PATH, CustomItem.PATH + "/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 4);
		return registration;
	}

}

package io.carve.starter.limits;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Caps request bodies at {@code carve.limits.max-request-body} (64 KB unless set), the time one may
 * take to arrive, and how many are read at once.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnBooleanProperty(name = "carve.limits.enabled", matchIfMissing = true)
@EnableConfigurationProperties(RequestLimitsProperties.class)
public class RequestLimitsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	RequestBodyLimitFilter requestBodyLimitFilter(RequestLimitsProperties properties) {
		return new RequestBodyLimitFilter(properties.maxRequestBody(), properties.bodyReadTimeout(),
				properties.maxConcurrentBodies());
	}

}

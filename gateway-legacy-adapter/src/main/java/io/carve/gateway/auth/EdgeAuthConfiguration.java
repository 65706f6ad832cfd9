package io.carve.gateway.auth;

import java.net.URI;
import java.util.Map;

import io.carve.starter.tracing.OutgoingTrace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The edge authentication of the migrated routes, by {@code gateway.auth.mode}: the monolith's
 * check (the default: secure unless configured otherwise), a JWT issuer, or none.
 */
@Configuration(proxyBeanMethods = false)
class EdgeAuthConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EdgeAuthConfiguration.class);

	@Bean
	EdgeRoutes edgeRoutes(EdgeAuthProperties properties) {
		return new EdgeRoutes(properties.routes(), properties.anonymousRoutes());
	}

	@Bean
	EdgeAuthenticator edgeAuthenticator(EdgeAuthProperties properties, Environment environment, OutgoingTrace trace) {
		return switch (properties.mode()) {
			case MONOLITH -> {
				URI checkUrl = checkUrl(properties.monolith().checkUrl(), environment);
				log.info("Requests to {} (less {}) are authenticated by the monolith's check at {}", properties.routes(),
						properties.anonymousRoutes(), checkUrl);
				yield new MonolithAuthCheck(checkUrl, properties.monolith(), trace);
			}
			case JWT -> {
				log.info("Requests to {} (less {}) are authenticated by JWTs of {}", properties.routes(),
						properties.anonymousRoutes(), properties.jwt().issuer());
				yield new JwtAuthCheck(properties.jwt());
			}
			case NONE -> {
				log.warn("gateway.auth.mode is none: requests to {} are let through unauthenticated", properties.routes());
				yield (request) -> Verdict.ALLOWED;
			}
		};
	}

	@Bean
	EdgeAuthProblems edgeAuthProblems(EdgeAuthProperties properties) {
		String judge = (properties.mode() == EdgeAuthProperties.Mode.JWT) ? "the token issuer" : "the monolith";
		return new EdgeAuthProblems(judge, properties.retryAfter().toSeconds(),
				properties.mode() != EdgeAuthProperties.Mode.NONE);
	}

	@Bean
	WebMvcConfigurer edgeAuthInterceptor(EdgeAuthProperties properties, EdgeRoutes routes,
			EdgeAuthenticator authenticator) {
		EdgeAuthInterceptor interceptor = new EdgeAuthInterceptor(routes, authenticator);
		return new WebMvcConfigurer() {

			@Override
			public void addInterceptors(InterceptorRegistry registry) {
				if (properties.mode() != EdgeAuthProperties.Mode.NONE) {
					registry.addInterceptor(interceptor);
				}
			}

		};
	}

	@Bean
	EdgeAuthOpenApi edgeAuthOpenApi(EdgeAuthProperties properties, EdgeRoutes routes) {
		return new EdgeAuthOpenApi(switch (properties.mode()) {
			case MONOLITH -> EdgeAuthOpenApi.monolith(properties.monolith().sessionCookie());
			case JWT -> EdgeAuthOpenApi.jwt();
			case NONE -> Map.of();
		}, routes);
	}

	/** A relative check URL is appended to the monolith's base URL, as proxied paths are. */
	private static URI checkUrl(URI configured, Environment environment) {
		if (configured.isAbsolute()) {
			return configured;
		}
		String base = environment.getRequiredProperty("legacy.base-url").replaceAll("/+$", "");
		String path = configured.toString();
		return URI.create(base + (path.startsWith("/") ? path : "/" + path));
	}

}

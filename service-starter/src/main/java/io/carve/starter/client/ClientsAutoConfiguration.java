package io.carve.starter.client;

import feign.Feign;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.springboot.bulkhead.autoconfigure.BulkheadAutoConfiguration;
import io.github.resilience4j.springboot.circuitbreaker.autoconfigure.CircuitBreakerAutoConfiguration;
import io.github.resilience4j.springboot.retry.autoconfigure.RetryAutoConfiguration;
import tools.jackson.databind.json.JsonMapper;

import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.cloud.openfeign.clientconfig.HttpClient5FeignConfiguration.HttpClientBuilderCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * Wires every Feign client of the service the platform's way: remote problems decoded into
 * typed exceptions, with the service's configured {@link JsonMapper}, Resilience4j around every
 * call, from the registries that {@code resilience4j.*} properties configure, and a failed call
 * answered as a 502, 503 or 504 problem.
 */
@AutoConfiguration(after = { JacksonAutoConfiguration.class, BulkheadAutoConfiguration.class,
		CircuitBreakerAutoConfiguration.class, RetryAutoConfiguration.class })
@ConditionalOnClass({ Feign.class, CircuitBreakerRegistry.class, HttpClientBuilder.class })
@ConditionalOnBooleanProperty(name = "carve.clients.enabled", matchIfMissing = true)
@EnableConfigurationProperties(RetryBudgetProperties.class)
public class ClientsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ProblemErrorDecoder problemErrorDecoder(JsonMapper jsonMapper) {
		return new ProblemErrorDecoder(jsonMapper);
	}

	/**
	 * Resilience4j alone decides on retries: Apache HttpClient's own strategy would repeat a POST
	 * answered 503, and its attempts would hide from the circuit breaker.
	 */
	@Bean
	HttpClientBuilderCustomizer noAutomaticRetries() {
		return HttpClientBuilder::disableAutomaticRetries;
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBooleanProperty(name = "carve.clients.idempotency-keys.enabled", matchIfMissing = true)
	IdempotencyKeyInterceptor idempotencyKeyInterceptor() {
		return new IdempotencyKeyInterceptor();
	}

	@Bean
	@ConditionalOnMissingBean
	RemoteCallProblems remoteCallProblems() {
		return new RemoteCallProblems();
	}

	@Bean
	@ConditionalOnMissingBean
	ResilienceCapability resilienceCapability(BulkheadRegistry bulkheads, CircuitBreakerRegistry circuitBreakers,
			RetryRegistry retries, RetryBudgetProperties budget) {
		return new ResilienceCapability(bulkheads, circuitBreakers, retries, budget);
	}

}

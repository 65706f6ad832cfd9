package io.carve.starter.client;

import feign.Feign;
import io.carve.starter.problems.FailureProblems;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.springboot.bulkhead.autoconfigure.BulkheadAutoConfiguration;
import io.github.resilience4j.springboot.circuitbreaker.autoconfigure.CircuitBreakerAutoConfiguration;
import io.github.resilience4j.springboot.retry.autoconfigure.RetryAutoConfiguration;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.cloud.openfeign.clientconfig.HttpClient5FeignConfiguration.HttpClientBuilderCustomizer;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

class ClientsAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ClientsAutoConfiguration.class, JacksonAutoConfiguration.class,
				BulkheadAutoConfiguration.class, CircuitBreakerAutoConfiguration.class, RetryAutoConfiguration.class));

	@Test
	void wiresClientsThePlatformsWayByDefault() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(ProblemErrorDecoder.class)
				.hasSingleBean(ResilienceCapability.class)
				.hasSingleBean(RemoteCallProblems.class)
				.hasSingleBean(IdempotencyKeyInterceptor.class);
			assertThat(context).getBean(FailureProblems.class).isInstanceOf(RemoteCallProblems.class);
		});
	}

	@Test
	void sendsNoIdempotencyKeysWhenSwitchedOff() {
		this.runner.withPropertyValues("carve.clients.idempotency-keys.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(IdempotencyKeyInterceptor.class));
	}

	@Test
	void leavesRetriesToResilience4jAlone() {
		this.runner.run((context) -> {
			HttpClientBuilder builder = HttpClientBuilder.create();
			context.getBeansOfType(HttpClientBuilderCustomizer.class).values().forEach((c) -> c.customize(builder));
			assertThat(ReflectionTestUtils.getField(builder, "automaticRetriesDisabled")).isEqualTo(true);
		});
	}

	@Test
	void takesTheRetryBudgetFromItsProperties() {
		this.runner.withPropertyValues("carve.clients.retry-budget.share=0.2", "carve.clients.retry-budget.reserve=5")
			.run((context) -> assertThat(context.getBean(RetryBudgetProperties.class))
				.isEqualTo(new RetryBudgetProperties(0.2, 5)));
	}

	@Test
	void backsOffForTheServicesOwnBeans() {
		ProblemErrorDecoder decoder = new ProblemErrorDecoder(JsonMapper.builder().build());
		RemoteCallProblems problems = new RemoteCallProblems();
		ResilienceCapability capability = new ResilienceCapability(null, null, null, new RetryBudgetProperties(0, 0));
		this.runner.withBean(ProblemErrorDecoder.class, () -> decoder)
			.withBean(RemoteCallProblems.class, () -> problems)
			.withBean(ResilienceCapability.class, () -> capability)
			.run((context) -> {
				assertThat(context).getBean(ProblemErrorDecoder.class).isSameAs(decoder);
				assertThat(context).getBean(RemoteCallProblems.class).isSameAs(problems);
				assertThat(context).getBean(ResilienceCapability.class).isSameAs(capability);
			});
	}

	@Test
	void isOffWhenSwitchedOff() {
		this.runner.withPropertyValues("carve.clients.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(ProblemErrorDecoder.class)
				.doesNotHaveBean(ResilienceCapability.class)
				.doesNotHaveBean(RemoteCallProblems.class)
				.doesNotHaveBean(HttpClientBuilderCustomizer.class));
	}

	@Test
	void isAbsentWithoutFeign() {
		this.runner.withClassLoader(new FilteredClassLoader(Feign.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(ProblemErrorDecoder.class)
				.doesNotHaveBean(ResilienceCapability.class));
	}

	@Test
	void isAbsentWithoutResilience4j() {
		this.runner.withClassLoader(new FilteredClassLoader(CircuitBreakerRegistry.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(ProblemErrorDecoder.class)
				.doesNotHaveBean(ResilienceCapability.class));
	}

	@Test
	void isAbsentWithoutApacheHttpClient() {
		this.runner.withClassLoader(new FilteredClassLoader(HttpClientBuilder.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(ProblemErrorDecoder.class));
	}

}

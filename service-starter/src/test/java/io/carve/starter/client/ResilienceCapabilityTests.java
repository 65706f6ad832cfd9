package io.carve.starter.client;

import java.lang.reflect.Method;
import java.net.ConnectException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import feign.InvocationHandlerFactory;
import feign.InvocationHandlerFactory.MethodHandler;
import feign.Request.HttpMethod;
import feign.Target.HardCodedTarget;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import org.junit.jupiter.api.Test;

import static io.carve.starter.client.TransientFailureTests.answered;
import static io.carve.starter.client.TransientFailureTests.networkError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResilienceCapabilityTests {

	/** Long enough that a call which waited it once cannot pass for one that did not wait. */
	private static final Duration BACK_OFF = Duration.ofMillis(1500);

	private final CircuitBreakerRegistry circuitBreakers = CircuitBreakerRegistry.ofDefaults();

	private final RetryRegistry retries = RetryRegistry.of(RetryConfig.custom()
		.maxAttempts(3)
		.waitDuration(BACK_OFF)
		.retryOnException(new TransientFailure())
		.build());

	private final ResilienceCapability capability = new ResilienceCapability(BulkheadRegistry.ofDefaults(),
			this.circuitBreakers, this.retries, new RetryBudgetProperties(0.1, 10));

	private final AtomicInteger attempts = new AtomicInteger();

	@Test
	void retriesARefusedConnectionAtOnce() throws Throwable {
		MethodHandler call = decorated(answeringAfter(2, ResilienceCapabilityTests::refused));
		long started = System.nanoTime();
		assertThat(call.invoke(new Object[0])).isEqualTo("answer");
		assertThat(this.attempts).hasValue(3);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(BACK_OFF);
	}

	@Test
	void backsOffAsConfiguredAfterTheCalleeAnsweredAFailure() throws Throwable {
		MethodHandler call = decorated(answeringAfter(1, () -> answered(HttpMethod.GET, 503)));
		long started = System.nanoTime();
		assertThat(call.invoke(new Object[0])).isEqualTo("answer");
		assertThat(this.attempts).hasValue(2);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(BACK_OFF);
	}

	@Test
	void triesAHalfOpenCircuitOnceWhenTheCalleeAnsweredAFailure() {
		MethodHandler call = decorated(answeringAfter(Integer.MAX_VALUE, () -> answered(HttpMethod.GET, 503)));
		halfOpen();
		long started = System.nanoTime();
		assertThatThrownBy(() -> call.invoke(new Object[0])).isInstanceOf(RemoteCallException.class);
		assertThat(this.attempts).hasValue(1);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(BACK_OFF);
	}

	@Test
	void triesTheNextInstanceAtOnceWhenAHalfOpenTrialFindsOneDead() throws Throwable {
		MethodHandler call = decorated(answeringAfter(1, ResilienceCapabilityTests::refused));
		halfOpen();
		long started = System.nanoTime();
		assertThat(call.invoke(new Object[0])).isEqualTo("answer");
		assertThat(this.attempts).hasValue(2);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(BACK_OFF);
	}

	@Test
	void givesUpAHalfOpenTrialAfterTheConfiguredAttemptsWhenEveryInstanceIsDead() {
		MethodHandler call = decorated(answeringAfter(Integer.MAX_VALUE, ResilienceCapabilityTests::refused));
		halfOpen();
		assertThatThrownBy(() -> call.invoke(new Object[0])).isInstanceOf(RemoteUnavailableException.class);
		assertThat(this.attempts).hasValue(3);
	}

	@Test
	void answersAtOnceWhileTheCircuitIsOpen() {
		MethodHandler call = decorated(answeringAfter(0, ResilienceCapabilityTests::refused));
		this.circuitBreakers.circuitBreaker("model-service").transitionToOpenState();
		assertThatThrownBy(() -> call.invoke(new Object[0])).isInstanceOfSatisfying(RemoteUnavailableException.class,
				(refused) -> assertThat(refused.reason()).isEqualTo(RemoteUnavailableException.Reason.CIRCUIT_OPEN));
		assertThat(this.attempts).hasValue(0);
	}

	@Test
	void countsItsRetriesInTheRegistrysRetry() throws Throwable {
		MethodHandler call = decorated(answeringAfter(1, ResilienceCapabilityTests::refused));
		call.invoke(new Object[0]);
		assertThat(this.retries.retry("model-service").getMetrics().getNumberOfSuccessfulCallsWithRetryAttempt())
			.isEqualTo(1);
	}

	private void halfOpen() {
		CircuitBreaker circuitBreaker = this.circuitBreakers.circuitBreaker("model-service");
		circuitBreaker.transitionToOpenState();
		circuitBreaker.transitionToHalfOpenState();
	}

	/** A call that fails this many times, then answers; every attempt counted. */
	private MethodHandler answeringAfter(int failures, Supplier<RuntimeException> failure) {
		return (args) -> {
			if (this.attempts.incrementAndGet() <= failures) {
				throw failure.get();
			}
			return "answer";
		};
	}

	private static RuntimeException refused() {
		return networkError(HttpMethod.GET, new ConnectException("Connection refused"));
	}

	private MethodHandler decorated(MethodHandler handler) {
		Method method = Client.class.getMethods()[0];
		Map<Method, MethodHandler> dispatch = new HashMap<>(Map.of(method, handler));
		Map<Method, MethodHandler> decorated = new HashMap<>();
		InvocationHandlerFactory capturing = (target, methods) -> {
			decorated.putAll(methods);
			return null;
		};
		this.capability.enrich(capturing).create(new HardCodedTarget<>(Client.class, "model-service", "http://model-service"), dispatch);
		return decorated.get(method);
	}

	interface Client {

		String get();

	}

}

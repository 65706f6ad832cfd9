package io.carve.starter.client;

import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import feign.Capability;
import feign.InvocationHandlerFactory;
import feign.InvocationHandlerFactory.MethodHandler;
import feign.Target;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.functions.CheckedSupplier;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;

/**
 * Puts every method of every Feign client behind Resilience4j: a bulkhead, then a circuit
 * breaker, then retries, each the instance named after the client ({@code model-service}).
 * The circuit breaker sits outside the retries so it counts calls, not attempts, and an open
 * circuit answers at once. Which failures are retried is {@link TransientFailure}'s call, which
 * retries only idempotent requests unless the request never left, and a {@link RetryBudget} per
 * client caps the retries of requests that reached the callee. Failures come out as
 * {@link RemoteCallException}s, through {@link RemoteFailures}.
 */
public class ResilienceCapability implements Capability {

	private final BulkheadRegistry bulkheads;

	private final CircuitBreakerRegistry circuitBreakers;

	private final RetryRegistry retries;

	private final RetryBudgetProperties budget;

	private final Map<String, RetryBudget> budgets = new ConcurrentHashMap<>();

	public ResilienceCapability(BulkheadRegistry bulkheads, CircuitBreakerRegistry circuitBreakers,
			RetryRegistry retries, RetryBudgetProperties budget) {
		this.bulkheads = bulkheads;
		this.circuitBreakers = circuitBreakers;
		this.retries = retries;
		this.budget = budget;
	}

	@Override
	public InvocationHandlerFactory enrich(InvocationHandlerFactory factory) {
		return (target, dispatch) -> factory.create(target, decorate(target, dispatch));
	}

	private Map<Method, MethodHandler> decorate(Target<?> target, Map<Method, MethodHandler> dispatch) {
		String service = target.name();
		Bulkhead bulkhead = this.bulkheads.bulkhead(service);
		CircuitBreaker circuitBreaker = this.circuitBreakers.circuitBreaker(service);
		Retry retry = this.retries.retry(service);
		RetryBudget budget = this.budgets.computeIfAbsent(service, (name) -> new RetryBudget(this.budget));
		Map<Method, MethodHandler> decorated = new LinkedHashMap<>();
		dispatch.forEach((method, handler) -> decorated.put(method, (args) -> {
			CheckedSupplier<Object> call = budget.attempts(retry.getRetryConfig(), () -> handler.invoke(args));
			CheckedSupplier<Object> resilient = Bulkhead.decorateCheckedSupplier(bulkhead,
					CircuitBreaker.decorateCheckedSupplier(circuitBreaker, Retry.decorateCheckedSupplier(retry, call)));
			try {
				return IdempotencyKeyInterceptor.oneKeyFor(resilient::get);
			}
			catch (Throwable failure) {
				throw RemoteFailures.translate(service, failure, circuitBreaker);
			}
		}));
		return decorated;
	}

}

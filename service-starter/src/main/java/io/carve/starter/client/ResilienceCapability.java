package io.carve.starter.client;

import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import feign.Capability;
import feign.InvocationHandlerFactory;
import feign.InvocationHandlerFactory.MethodHandler;
import feign.Target;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreaker.State;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.functions.CheckedSupplier;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts every method of every Feign client behind Resilience4j: a bulkhead, then a circuit
 * breaker, then retries, each the instance named after the client ({@code model-service}).
 * The circuit breaker sits outside the retries so it counts calls, not attempts, and an open
 * circuit answers at once. Which failures are retried is {@link TransientFailure}'s call, which
 * retries only idempotent requests unless the request never left, and a {@link RetryBudget} per
 * client caps the retries of requests that reached the callee. A retry after an attempt that never
 * reached the callee does not wait ({@link RetryWaits}), and a half-open circuit's trial calls are
 * retried only then, at once, on the next instance: a caller never waits through back-off for a
 * callee that is down, and one dead instance among live ones cannot fail the trial.
 * Failures come out as {@link RemoteCallException}s, through {@link RemoteFailures}; the circuit's
 * changes of state are logged once each, not every call they refuse.
 */
public class ResilienceCapability implements Capability {

	private static final Logger log = LoggerFactory.getLogger(ResilienceCapability.class);

	private final BulkheadRegistry bulkheads;

	private final CircuitBreakerRegistry circuitBreakers;

	private final RetryRegistry retries;

	private final RetryBudgetProperties budget;

	private final Map<String, Guards> guards = new ConcurrentHashMap<>();

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
		Guards guards = this.guards.computeIfAbsent(service, this::guardsOf);
		CircuitBreaker circuitBreaker = guards.circuitBreaker();
		Retry retry = guards.retry();
		Retry trialRetry = guards.trialRetry();
		RetryBudget budget = guards.budget();
		Map<Method, MethodHandler> decorated = new LinkedHashMap<>();
		dispatch.forEach((method, handler) -> decorated.put(method, (args) -> {
			CheckedSupplier<Object> call = budget.attempts(retry.getRetryConfig(), () -> handler.invoke(args));
			CheckedSupplier<Object> retried = Retry.decorateCheckedSupplier(retry, call);
			CheckedSupplier<Object> trial = Retry.decorateCheckedSupplier(trialRetry, call);
			CheckedSupplier<Object> attempts = () -> (circuitBreaker.getState() == State.HALF_OPEN) ? trial.get()
					: retried.get();
			CheckedSupplier<Object> resilient = Bulkhead.decorateCheckedSupplier(bulkhead,
					CircuitBreaker.decorateCheckedSupplier(circuitBreaker, attempts));
			try {
				return IdempotencyKeyInterceptor.oneKeyFor(resilient::get);
			}
			catch (Throwable failure) {
				throw RemoteFailures.translate(service, failure, circuitBreaker);
			}
		}));
		return decorated;
	}

	/**
	 * Made once per service, however many clients call it: its circuit breaker, whose changes of
	 * state are logged; its configured retry, waiting by {@link RetryWaits} (it replaces the
	 * registry's, so the retry metrics count this one); the retry of a half-open circuit's trial
	 * calls, as many attempts but only after a failure that never reached the callee, and without
	 * waiting; its retry budget.
	 */
	private Guards guardsOf(String service) {
		RetryConfig configured = this.retries.retry(service).getRetryConfig();
		Retry retry = Retry.of(service, RetryConfig.from(configured)
			.intervalBiFunction(new RetryWaits(configured.getIntervalBiFunction()))
			.build());
		this.retries.replace(service, retry);
		// The same retry, narrowed to attempts that never reached the callee, which RetryWaits never delays.
		Retry trialRetry = Retry.of(service + "-trial", RetryConfig.from(retry.getRetryConfig())
			.retryOnException(RemoteFailures::neverSent)
			.build());
		return new Guards(logTransitions(this.circuitBreakers.circuitBreaker(service)), retry, trialRetry,
				new RetryBudget(this.budget));
	}

	private static CircuitBreaker logTransitions(CircuitBreaker circuitBreaker) {
		circuitBreaker.getEventPublisher()
			.onStateTransition((event) -> log.warn("Calls to {}: circuit breaker {}", event.getCircuitBreakerName(),
					describe(event.getStateTransition().getToState())));
		return circuitBreaker;
	}

	private static String describe(State state) {
		return switch (state) {
			case OPEN -> "open after repeated failures: calls are refused at once until it tries again";
			case HALF_OPEN -> "half-open: a few trial calls decide whether it closes";
			case CLOSED -> "closed: calls go through again";
			default -> state.name().toLowerCase(Locale.ROOT);
		};
	}

	private record Guards(CircuitBreaker circuitBreaker, Retry retry, Retry trialRetry, RetryBudget budget) {
	}

}

package io.carve.gateway.shadow;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.bulkhead.ThreadPoolBulkhead;
import io.github.resilience4j.bulkhead.ThreadPoolBulkheadConfig;
import org.slf4j.MDC;

/**
 * Runs the new service's side of shadowed reads on a bulkhead of their own: at most
 * {@code maxConcurrent} at once, each on its own thread, none queued, so a full bulkhead refuses
 * at once ({@link BulkheadFullException}) and never makes the request thread wait. Each call has
 * a deadline; past it the answer is a {@link java.util.concurrent.TimeoutException} and a late
 * one is ignored. A call stuck past its deadline keeps its thread until the new service's client
 * gives up, and so fills the bulkhead rather than piling up: further reads are then skipped.
 */
final class ShadowCalls implements AutoCloseable {

	/** The bulkhead's name, in its threads' names. */
	static final String NAME = "gateway-shadow";

	private final ThreadPoolBulkhead bulkhead;

	private final Duration timeout;

	ShadowCalls(int maxConcurrent, Duration timeout) {
		this.bulkhead = ThreadPoolBulkhead.of(NAME, ThreadPoolBulkheadConfig.custom()
			.coreThreadPoolSize(maxConcurrent)
			.maxThreadPoolSize(maxConcurrent)
			.queueCapacity(0)
			.writableStackTraceEnabled(false)
			.build());
		this.timeout = timeout;
	}

	/**
	 * The candidate's answer, computed in the background with {@code traceId} in its MDC, or
	 * completed exceptionally when it throws or misses the deadline.
	 * @throws BulkheadFullException when {@code maxConcurrent} calls are in flight already
	 */
	CompletableFuture<Answer> call(Supplier<Answer> candidate, String traceId) {
		return this.bulkhead.submit(() -> {
			MDC.put("traceId", traceId);
			try {
				return candidate.get();
			}
			finally {
				MDC.remove("traceId");
			}
		}).toCompletableFuture().orTimeout(this.timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	Duration timeout() {
		return this.timeout;
	}

	@Override
	public void close() throws Exception {
		this.bulkhead.close();
	}

}

package io.carve.gateway.shadow;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import io.carve.gateway.shadow.ShadowMetrics.Outcome;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * The gateway's shadow comparison: samples reads, sends them to the new service in the background
 * ({@link ShadowCalls}), compares its answer with the monolith's ({@link AnswerComparator}),
 * counts every outcome ({@link ShadowMetrics}) and writes each mismatch, with the client
 * request's trace id, to the mismatch log ({@link MismatchLog}). Nothing of it reaches the
 * client: it runs after the client has its answer, and never throws.
 */
@Component
class ComparingShadowReads implements ShadowReads {

	private static final Logger log = LoggerFactory.getLogger(ComparingShadowReads.class);

	private volatile double sampleRate;

	private final ShadowCalls calls;

	private volatile AnswerComparator comparator;

	private final ShadowMetrics metrics;

	private final MismatchLog mismatches;

	/** Looked up once: the provider resolves its bean anew on every call, as the starter's OutgoingTrace explains. */
	private final Supplier<Tracer> tracer;

	ComparingShadowReads(ShadowProperties properties, ShadowCalls calls, AnswerComparator comparator,
			ShadowMetrics metrics, MismatchLog mismatches, ObjectProvider<Tracer> tracer) {
		this.sampleRate = properties.sampleRate();
		this.calls = calls;
		this.comparator = comparator;
		this.metrics = metrics;
		this.mismatches = mismatches;
		this.tracer = SingletonSupplier.of(tracer::getIfAvailable);
	}

	/** What a configuration reload changes ({@link ShadowSettingsReload}): the sampling and what is compared. */
	void apply(double sampleRate, AnswerComparator comparator) {
		this.sampleRate = sampleRate;
		this.comparator = comparator;
	}

	@Override
	public void compare(String route, String request, String accept, Answer legacy, Supplier<Answer> candidate) {
		try {
			if (!isRead(request) || refused(legacy) || !sampled()) {
				this.metrics.comparison(route, Outcome.SKIPPED);
				return;
			}
			String traceId = traceId();
			this.calls.call(candidate, traceId)
				.whenComplete((answer, failure) -> finish(route, request, accept, traceId, legacy, answer, failure));
		}
		catch (BulkheadFullException ex) {
			this.metrics.comparison(route, Outcome.SKIPPED);
		}
		catch (RuntimeException ex) {
			log.warn("Shadow comparison of {} not started", request, ex);
			this.metrics.comparison(route, Outcome.SKIPPED);
		}
	}

	private void finish(String route, String request, String accept, String traceId, Answer legacy, Answer answer,
			Throwable failure) {
		MDC.put("traceId", traceId);
		try {
			if (failure != null || answer == null) {
				this.metrics.comparison(route, Outcome.FAILED);
				this.metrics.mismatch(route, DifferenceKind.CANDIDATE_FAILED);
				this.mismatches.write(new Mismatch(route, request, accept, traceId, legacy.status(), null,
						List.of(new Difference(DifferenceKind.CANDIDATE_FAILED, "", "an answer", reason(failure)))));
				return;
			}
			List<Difference> differences = this.comparator.compare(legacy, answer);
			if (differences.isEmpty()) {
				this.metrics.comparison(route, Outcome.MATCH);
				return;
			}
			Mismatch mismatch = new Mismatch(route, request, accept, traceId, legacy.status(), answer.status(), differences);
			this.metrics.comparison(route, Outcome.MISMATCH);
			mismatch.kinds().forEach((kind) -> this.metrics.mismatch(route, kind));
			this.mismatches.write(mismatch);
		}
		catch (RuntimeException ex) {
			log.warn("Shadow comparison of {} failed", request, ex);
		}
		finally {
			MDC.remove("traceId");
		}
	}

	private String reason(Throwable failure) {
		Throwable cause = (failure instanceof CompletionException && failure.getCause() != null) ? failure.getCause() : failure;
		if (cause == null) {
			return "no answer";
		}
		if (cause instanceof TimeoutException) {
			return "no answer within " + this.calls.timeout() + " (gateway.shadow.timeout)";
		}
		return cause.getClass().getSimpleName() + ((cause.getMessage() != null) ? ": " + cause.getMessage() : "");
	}

	/** Only reads are shadowed: a write sent twice would be applied twice. */
	private static boolean isRead(String request) {
		String method = (request != null) ? request.split(" ", 2)[0].toUpperCase(Locale.ROOT) : "";
		return method.equals("GET") || method.equals("HEAD");
	}

	/** The new route's answer is never computed for a caller the monolith refused. */
	private static boolean refused(Answer legacy) {
		return legacy.status() == 401 || legacy.status() == 403;
	}

	private boolean sampled() {
		return this.sampleRate >= 1.0 || ThreadLocalRandom.current().nextDouble() < this.sampleRate;
	}

	/** The client request's trace id: the current span's, else the one the starter put in the MDC. */
	private String traceId() {
		Tracer current = this.tracer.get();
		Span span = (current != null) ? current.currentSpan() : null;
		String traceId = (span != null) ? span.context().traceId() : MDC.get("traceId");
		return (traceId != null && !traceId.isEmpty()) ? traceId : "-";
	}

}

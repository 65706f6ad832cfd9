package io.carve.starter.tracing;

import java.util.function.Supplier;

import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.util.function.SingletonSupplier;

/**
 * The current trace, passed on by a request a service sends with a client of its own (Feign's
 * observation passes it on by itself): the configured propagator writes the current span's context
 * into the request's headers, so the callee joins the caller's trace as a child of this service's
 * span. The tracer and the propagator are looked up once, on first use: an {@link ObjectProvider}
 * resolves its bean anew on every call, which cost the gateway's proxy 7 % of its CPU per request
 * (bench/profiles/).
 */
public class OutgoingTrace {

	private final Supplier<Tracer> tracer;

	private final Supplier<Propagator> propagator;

	public OutgoingTrace(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
		this.tracer = SingletonSupplier.of(tracer::getIfAvailable);
		this.propagator = SingletonSupplier.of(propagator::getIfAvailable);
	}

	/**
	 * Writes the current trace context into the carrier with the setter; false, writing nothing,
	 * where there is none (tracing off, or no current span).
	 */
	public <C> boolean inject(C carrier, Propagator.Setter<C> setter) {
		Tracer tracer = this.tracer.get();
		Propagator propagator = this.propagator.get();
		TraceContext context = (tracer != null) ? tracer.currentTraceContext().context() : null;
		if (context == null || propagator == null) {
			return false;
		}
		propagator.inject(context, carrier, setter);
		return true;
	}

}

package io.carve.starter.tracing;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.tracing.CurrentTraceContext;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.Mockito.mock;

class OutgoingTraceTests {

	private final TraceContext context = mock(TraceContext.class);

	private final Tracer tracer = mock(Tracer.class);

	private final Propagator propagator = mock(Propagator.class);

	private final AtomicInteger lookups = new AtomicInteger();

	@Test
	void writesTheCurrentContextIntoTheRequestsHeaders() {
		current(this.context);
		willAnswer((call) -> {
			call.<Propagator.Setter<Map<String, String>>>getArgument(2).set(call.getArgument(1), "traceparent", "00-x");
			return null;
		}).given(this.propagator).inject(eq(this.context), any(), any());
		OutgoingTrace trace = new OutgoingTrace(counted(this.tracer), counted(this.propagator));
		Map<String, String> headers = new HashMap<>();
		assertThat(trace.inject(headers, Map::put)).isTrue();
		assertThat(headers).containsEntry("traceparent", "00-x");
	}

	@Test
	void writesNothingOutsideASpan() {
		current(null);
		Map<String, String> headers = new HashMap<>();
		assertThat(new OutgoingTrace(counted(this.tracer), counted(this.propagator)).inject(headers, Map::put)).isFalse();
		assertThat(headers).isEmpty();
	}

	@Test
	void writesNothingWithoutATracer() {
		Map<String, String> headers = new HashMap<>();
		assertThat(new OutgoingTrace(counted(null), counted(this.propagator)).inject(headers, Map::put)).isFalse();
		assertThat(headers).isEmpty();
	}

	@Test
	void looksTheTracerAndThePropagatorUpOnce() {
		current(this.context);
		OutgoingTrace trace = new OutgoingTrace(counted(this.tracer), counted(this.propagator));
		for (int i = 0; i < 3; i++) {
			trace.inject(new HashMap<String, String>(), Map::put);
		}
		assertThat(this.lookups).hasValue(2);
	}

	private void current(TraceContext context) {
		CurrentTraceContext current = mock(CurrentTraceContext.class);
		given(current.context()).willReturn(context);
		given(this.tracer.currentTraceContext()).willReturn(current);
	}

	private <T> ObjectProvider<T> counted(T bean) {
		return new ObjectProvider<>() {

			@Override
			public T getObject() {
				return getIfAvailable();
			}

			@Override
			public T getIfAvailable() {
				OutgoingTraceTests.this.lookups.incrementAndGet();
				return bean;
			}

		};
	}

}

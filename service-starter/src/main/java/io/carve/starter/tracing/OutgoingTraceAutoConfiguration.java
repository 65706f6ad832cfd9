package io.carve.starter.tracing;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** {@link OutgoingTrace}, for the requests a service sends with a client of its own. */
@AutoConfiguration
public class OutgoingTraceAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	OutgoingTrace outgoingTrace(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
		return new OutgoingTrace(tracer, propagator);
	}

}

package io.carve.starter.tracing;

import io.micrometer.tracing.Tracer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.context.annotation.Bean;

/** Every answer carries its W3C trace id in {@code X-Trace-Id}, and every log line of the request too. */
@AutoConfiguration
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnBooleanProperty(name = "carve.trace-id.enabled", matchIfMissing = true)
public class TraceIdAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	TraceIdFilter traceIdFilter(ObjectProvider<Tracer> tracer) {
		return new TraceIdFilter(tracer);
	}

}

package io.carve.starter.tracing;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class TraceIdAutoConfigurationTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(TraceIdAutoConfiguration.class));

	@Test
	void answersWithTheCallersTraceIdByDefault() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(TraceIdFilter.class);
			MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
			request.addHeader("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
			MockHttpServletResponse response = new MockHttpServletResponse();
			context.getBean(TraceIdFilter.class).doFilter(request, response, new MockFilterChain());
			assertThat(response.getHeader(TraceIdFilter.TRACE_ID_HEADER)).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
			assertThat(TraceIdFilter.traceIdOf(request)).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
		});
	}

	@Test
	void backsOffForTheServicesOwnFilter() {
		TraceIdFilter own = new TraceIdFilter(emptyTracer());
		this.runner.withBean(TraceIdFilter.class, () -> own)
			.run((context) -> assertThat(context).getBean(TraceIdFilter.class).isSameAs(own));
	}

	@Test
	void isOffWhenSwitchedOff() {
		this.runner.withPropertyValues("carve.trace-id.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(TraceIdFilter.class));
	}

	@Test
	void appliesOnlyToServletWebApplications() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(TraceIdAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean(TraceIdFilter.class));
	}

	private static <T> ObjectProvider<T> emptyTracer() {
		return new ObjectProvider<>() {

			@Override
			public T getObject() {
				throw new IllegalStateException("No tracer");
			}

			@Override
			public T getObject(Object... args) {
				throw new IllegalStateException("No tracer");
			}

			@Override
			public T getIfAvailable() {
				return null;
			}

			@Override
			public T getIfUnique() {
				return null;
			}

		};
	}

}

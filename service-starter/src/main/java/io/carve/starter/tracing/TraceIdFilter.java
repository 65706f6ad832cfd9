package io.carve.starter.tracing;

import java.io.IOException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Pins the request's W3C trace id (from Micrometer Tracing, which honours an incoming
 * {@code traceparent}) on the request, so problems written after the tracing scope has closed,
 * as on Servlet error dispatches, still carry it; and returns it in {@code X-Trace-Id}.
 */
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public class TraceIdFilter extends OncePerRequestFilter {

	/** The answer header that carries the trace id. */
	public static final String TRACE_ID_HEADER = "X-Trace-Id";

	private static final String ATTRIBUTE = TraceIdFilter.class.getName() + ".traceId";

	private static final Pattern TRACEPARENT = Pattern.compile("^[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$");

	/**
	 * Looked up once, on the first request: asking the provider on every request resolved the bean
	 * anew each time, 5 % of a service's CPU per request (bench/profiles/).
	 */
	private final Supplier<Tracer> tracer;

	public TraceIdFilter(ObjectProvider<Tracer> tracer) {
		this.tracer = SingletonSupplier.of(tracer::getIfAvailable);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String traceId = currentTraceId(request);
		request.setAttribute(ATTRIBUTE, traceId);
		response.setHeader(TRACE_ID_HEADER, traceId);
		boolean ownMdc = MDC.get("traceId") == null;
		if (ownMdc) {
			MDC.put("traceId", traceId);
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (ownMdc) {
				MDC.remove("traceId");
			}
		}
	}

	/** The trace id pinned on this request, or the current one. */
	public static String traceIdOf(HttpServletRequest request) {
		Object pinned = request.getAttribute(ATTRIBUTE);
		return (pinned != null) ? pinned.toString() : MDC.get("traceId");
	}

	private String currentTraceId(HttpServletRequest request) {
		Tracer tracer = this.tracer.get();
		Span span = (tracer != null) ? tracer.currentSpan() : null;
		if (span != null) {
			return span.context().traceId();
		}
		String traceparent = request.getHeader("traceparent");
		if (traceparent != null) {
			Matcher matcher = TRACEPARENT.matcher(traceparent.trim());
			if (matcher.matches()) {
				return matcher.group(1);
			}
		}
		byte[] random = new byte[16];
		ThreadLocalRandom.current().nextBytes(random);
		return HexFormat.of().formatHex(random);
	}

}

package io.carve.gateway.legacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import io.carve.starter.limits.RequestBodyLimitFilter.BodyTooLargeException;
import io.carve.starter.limits.RequestBodyLimitFilter.BodyTooSlowException;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every request that no migrated route serves goes to the legacy monolith unchanged: method,
 * path, query, headers less hop-by-hop ones, and body; its status, headers and body come back
 * the same way. Bodies are streamed in both directions, never held whole; a request body is
 * held to the platform's limit ({@code carve.limits.max-request-body}) like any other.
 */
@Hidden
@Controller
public class LegacyProxy {

	/** {@link #proxy}, for the route modes' handler mapping, which sends a route's requests here. */
	public static final Method HANDLER = ReflectionUtils.findMethod(LegacyProxy.class, "proxy", HttpServletRequest.class,
			HttpServletResponse.class);

	private static final Logger log = LoggerFactory.getLogger(LegacyProxy.class);

	private static final int CHUNK = 8192;

	private final LegacyProperties properties;

	private final HttpClient client;

	private final ObjectProvider<Tracer> tracer;

	private final ObjectProvider<Propagator> propagator;

	private final TrustedProxies trustedProxies;

	LegacyProxy(LegacyProperties properties, ForwardingProperties forwarding, ObjectProvider<Tracer> tracer,
			ObjectProvider<Propagator> propagator) {
		this.properties = properties;
		this.trustedProxies = TrustedProxies.of(forwarding.trustedProxies());
		this.tracer = tracer;
		this.propagator = propagator;
		this.client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(properties.connectTimeout())
			.build();
	}

	/** The least specific mapping there is: a migrated route always wins over it. */
	@RequestMapping("/**")
	public void proxy(HttpServletRequest request, HttpServletResponse response) throws IOException {
		HttpResponse<InputStream> answer;
		try {
			answer = send(request);
		}
		catch (BodyTooLargeException ex) {
			// A chunked body grew past the limit on its way through: the error page answers 413,
			// as the limit's filter does for a declared length, and the rest of it is not read.
			response.setHeader(HttpHeaders.CONNECTION, "close");
			response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
			return;
		}
		catch (BodyTooSlowException ex) {
			// The client, not the monolith, was too slow: 408, and the connection goes.
			response.setHeader(HttpHeaders.CONNECTION, "close");
			response.sendError(HttpStatus.REQUEST_TIMEOUT.value());
			return;
		}
		response.setStatus(answer.statusCode());
		HopByHopHeaders hopByHop = HopByHopHeaders.of(answer.headers().allValues("connection"));
		answer.headers().map().forEach((name, values) -> {
			if (!hopByHop.excludes(name)) {
				values.forEach((value) -> response.addHeader(name, value));
			}
		});
		answer.headers().firstValueAsLong("content-length").ifPresent(response::setContentLengthLong);
		try (InputStream body = answer.body()) {
			copy(body, response.getOutputStream(), request);
		}
	}

	/** Passes each piece on as it comes, so a slow or endless legacy answer streams through. */
	private static void copy(InputStream body, OutputStream out, HttpServletRequest request) throws IOException {
		byte[] buffer = new byte[CHUNK];
		long copied = 0;
		while (true) {
			int read;
			try {
				read = body.read(buffer);
			}
			catch (IOException ex) {
				log.warn("The legacy monolith broke off its answer to {} {} after {} bytes ({}); closing the client's"
						+ " connection", request.getMethod(), request.getRequestURI(), copied, ex.getMessage());
				BrokenAnswerFilter.breakOff(request, ex);
				return;
			}
			if (read < 0) {
				return;
			}
			out.write(buffer, 0, read);
			copied += read;
			if (body.available() == 0) {
				out.flush();
			}
		}
	}

	private HttpResponse<InputStream> send(HttpServletRequest request) throws IOException {
		URI target = targetOf(request);
		HttpRequest.Builder upstream = HttpRequest.newBuilder(target)
			.timeout(this.properties.responseTimeout())
			.method(request.getMethod(), bodyOf(request));
		HopByHopHeaders hopByHop = HopByHopHeaders.of(Collections.list(request.getHeaders("Connection")));
		boolean trusted = this.trustedProxies.trusts(request.getRemoteAddr());
		for (String name : Collections.list(request.getHeaderNames())) {
			if (!hopByHop.excludes(name) && (trusted || !isForwarding(name))) {
				Collections.list(request.getHeaders(name)).forEach((value) -> upstream.header(name, value));
			}
		}
		forwardedHeaders(request, upstream, trusted);
		traceHeaders(request, upstream);
		try {
			return this.client.send(upstream.build(), BodyHandlers.ofInputStream());
		}
		catch (HttpConnectTimeoutException | ConnectException ex) {
			throw new LegacyUnavailableException(this.properties.baseUrl(), "could not be reached", ex);
		}
		catch (HttpTimeoutException ex) {
			throw new LegacyUnavailableException(this.properties.baseUrl(),
					"did not answer within " + this.properties.responseTimeout().toMillis() + " ms", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new LegacyUnavailableException(this.properties.baseUrl(), "was not asked: the gateway is stopping", ex);
		}
		catch (IOException ex) {
			rethrowIfRefusedBody(ex);
			log.warn("{} {} failed at the legacy monolith: {}", request.getMethod(), target, ex.toString());
			throw new LegacyUnavailableException(this.properties.baseUrl(), "broke the connection", ex);
		}
	}

	/** The client's body, not the monolith, was at fault if it grew past the limit or came too slowly. */
	private static void rethrowIfRefusedBody(IOException ex) throws IOException {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof BodyTooLargeException tooLarge) {
				throw tooLarge;
			}
			if (cause instanceof BodyTooSlowException tooSlow) {
				throw tooSlow;
			}
		}
	}

	private URI targetOf(HttpServletRequest request) {
		String base = this.properties.baseUrl().toString().replaceAll("/+$", "");
		String query = request.getQueryString();
		try {
			return URI.create(base + request.getRequestURI() + ((query != null) ? "?" + query : ""));
		}
		catch (IllegalArgumentException ex) {
			// Tomcat lets a malformed escape in the query through (%zz); it is the client's mistake.
			throw new ErrorResponseException(HttpStatus.BAD_REQUEST, ProblemDetail.forStatusAndDetail(
					HttpStatus.BAD_REQUEST, "The request's path or query is not a valid URI; check its percent-encoding."),
					null);
		}
	}

	private static BodyPublisher bodyOf(HttpServletRequest request) {
		long length = request.getContentLengthLong();
		boolean chunked = request.getHeader("Transfer-Encoding") != null;
		if (length <= 0 && !chunked) {
			return BodyPublishers.noBody();
		}
		BodyPublisher stream = BodyPublishers.ofInputStream(() -> {
			try {
				return request.getInputStream();
			}
			catch (IOException ex) {
				throw new IllegalStateException("The request body could not be read", ex);
			}
		});
		return (length > 0) ? BodyPublishers.fromPublisher(stream, length) : stream;
	}

	/** A header by which a client claims who it is or how it came: believed only from a trusted proxy. */
	private static boolean isForwarding(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return lower.equals("forwarded") || lower.startsWith("x-forwarded-") || lower.equals("x-real-ip");
	}

	/**
	 * The gateway's own hop, after a trusted proxy's; from anyone else only the gateway's, so the
	 * monolith never takes a client's claim for the gateway's word.
	 */
	private static void forwardedHeaders(HttpServletRequest request, HttpRequest.Builder upstream, boolean trusted) {
		String forwardedFor = trusted ? request.getHeader("X-Forwarded-For") : null;
		upstream.setHeader("X-Forwarded-For",
				(forwardedFor != null ? forwardedFor + ", " : "") + request.getRemoteAddr());
		if (!trusted || request.getHeader("X-Forwarded-Proto") == null) {
			upstream.setHeader("X-Forwarded-Proto", request.getScheme());
		}
		String host = request.getHeader("Host");
		if (host != null && (!trusted || request.getHeader("X-Forwarded-Host") == null)) {
			upstream.setHeader("X-Forwarded-Host", host);
		}
	}

	/** The monolith joins the caller's trace as a child of this gateway's span. */
	private void traceHeaders(HttpServletRequest request, HttpRequest.Builder upstream) {
		Tracer tracer = this.tracer.getIfAvailable();
		Propagator propagator = this.propagator.getIfAvailable();
		TraceContext context = (tracer != null) ? tracer.currentTraceContext().context() : null;
		if (context != null && propagator != null) {
			propagator.inject(context, upstream, HttpRequest.Builder::setHeader);
			return;
		}
		for (String name : List.of("traceparent", "tracestate")) {
			String value = request.getHeader(name);
			if (value != null) {
				upstream.setHeader(name, value);
			}
		}
	}

}

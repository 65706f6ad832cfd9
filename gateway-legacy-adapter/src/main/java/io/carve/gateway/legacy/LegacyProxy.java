package io.carve.gateway.legacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import io.carve.starter.limits.RequestBodyLimitFilter.BodyTooLargeException;
import io.carve.starter.limits.RequestBodyLimitFilter.BodyTooSlowException;
import io.carve.starter.tracing.OutgoingTrace;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
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
 * held to the platform's limit ({@code carve.limits.max-request-body}) like any other. The calls go
 * through {@link LegacyConnections}' pool, on the thread serving the request.
 */
@Hidden
@Controller
public class LegacyProxy implements DisposableBean {

	/** {@link #proxy}, for the route modes' handler mapping, which sends a route's requests here. */
	public static final Method HANDLER = ReflectionUtils.findMethod(LegacyProxy.class, "proxy", HttpServletRequest.class,
			HttpServletResponse.class);

	private static final Logger log = LoggerFactory.getLogger(LegacyProxy.class);

	private static final int CHUNK = 8192;

	private final LegacyProperties properties;

	private final CloseableHttpClient client;

	private final OutgoingTrace trace;

	private final TrustedProxies trustedProxies;

	LegacyProxy(LegacyProperties properties, ForwardingProperties forwarding, OutgoingTrace trace) {
		this.properties = properties;
		this.trustedProxies = TrustedProxies.of(forwarding.trustedProxies());
		this.trace = trace;
		this.client = LegacyConnections.client(properties);
	}

	@Override
	public void destroy() throws IOException {
		this.client.close();
	}

	/** The least specific mapping there is: a migrated route always wins over it. */
	@RequestMapping("/**")
	public void proxy(HttpServletRequest request, HttpServletResponse response) throws IOException {
		ClassicHttpResponse answer;
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
		// Closed after the whole body was read, the connection goes back to the pool; closed
		// before (the client went, or the monolith broke off), it is closed, never drained.
		try (answer) {
			response.setStatus(answer.getCode());
			HopByHopHeaders hopByHop = HopByHopHeaders.of(valuesOf(answer.getHeaders(HttpHeaders.CONNECTION)));
			for (Header header : answer.getHeaders()) {
				if (!hopByHop.excludes(header.getName())) {
					response.addHeader(header.getName(), header.getValue());
				}
			}
			HttpEntity body = answer.getEntity();
			if (body == null) {
				return;
			}
			if (body.getContentLength() >= 0) {
				response.setContentLengthLong(body.getContentLength());
			}
			copy(body.getContent(), response.getOutputStream(), request);
		}
	}

	private static List<String> valuesOf(Header[] headers) {
		return Arrays.stream(headers).map(Header::getValue).toList();
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

	private ClassicHttpResponse send(HttpServletRequest request) throws IOException {
		URI target = targetOf(request);
		HttpUriRequestBase upstream = new HttpUriRequestBase(request.getMethod(), target);
		ForwardedBody body = bodyOf(request, upstream);
		upstream.setEntity(body);
		HopByHopHeaders hopByHop = HopByHopHeaders.of(Collections.list(request.getHeaders("Connection")));
		boolean trusted = this.trustedProxies.trusts(request.getRemoteAddr());
		for (String name : Collections.list(request.getHeaderNames())) {
			if (!hopByHop.excludes(name) && (trusted || !isForwarding(name))) {
				Collections.list(request.getHeaders(name)).forEach((value) -> upstream.addHeader(name, value));
			}
		}
		forwardedHeaders(request, upstream, trusted);
		traceHeaders(request, upstream);
		try {
			return this.client.executeOpen(null, upstream, null);
		}
		catch (ConnectTimeoutException | ConnectException ex) {
			throw new LegacyUnavailableException(this.properties.baseUrl(), "could not be reached", false, ex);
		}
		catch (SocketTimeoutException ex) {
			rethrowIfRefusedBody(ex, body);
			throw new LegacyUnavailableException(this.properties.baseUrl(),
					"did not answer within " + this.properties.responseTimeout().toMillis() + " ms", true, ex);
		}
		catch (IOException ex) {
			rethrowIfRefusedBody(ex, body);
			if (Thread.currentThread().isInterrupted()) {
				throw new LegacyUnavailableException(this.properties.baseUrl(), "was not asked: the gateway is stopping",
						false, ex);
			}
			log.warn("{} {} failed at the legacy monolith: {}", request.getMethod(), target, ex.toString());
			throw new LegacyUnavailableException(this.properties.baseUrl(), "broke the connection", false, ex);
		}
	}

	/** The client's body, not the monolith, was at fault if it grew past the limit or came too slowly. */
	private static void rethrowIfRefusedBody(IOException ex, ForwardedBody body) throws IOException {
		Throwable first = (body != null && body.failure() != null) ? body.failure() : ex;
		for (Throwable cause = first; cause != null; cause = cause.getCause()) {
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

	/** The client's body, streamed as it comes; none where the request has none. */
	private static ForwardedBody bodyOf(HttpServletRequest request, HttpUriRequestBase upstream) throws IOException {
		long length = request.getContentLengthLong();
		boolean chunked = request.getHeader("Transfer-Encoding") != null;
		if (length <= 0 && !chunked) {
			return null;
		}
		return new ForwardedBody(request.getInputStream(), (length > 0) ? length : -1, upstream);
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
	private static void forwardedHeaders(HttpServletRequest request, ClassicHttpRequest upstream, boolean trusted) {
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
	private void traceHeaders(HttpServletRequest request, ClassicHttpRequest upstream) {
		if (this.trace.inject(upstream, ClassicHttpRequest::setHeader)) {
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

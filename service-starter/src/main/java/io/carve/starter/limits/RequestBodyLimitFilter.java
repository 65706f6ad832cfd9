package io.carve.starter.limits;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over {@code carve.limits.max-request-body} with 413: at once when the
 * declared length is too big, and while reading when a chunked body grows past the limit. A body
 * that takes longer than {@code carve.limits.body-read-timeout} to arrive is cut off with 408, and
 * no more than {@code carve.limits.max-concurrent-bodies} requests with a body are served at once
 * (more get 503 at once): reading a body holds a server thread, so slow uploads could otherwise
 * take them all and starve every other request.
 */
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
public class RequestBodyLimitFilter extends OncePerRequestFilter {

	private final long limit;

	private final long readTimeoutNanos;

	private final Semaphore bodies;

	/** A size limit alone, for a filter of a service's own or one route's tighter limit. */
	public RequestBodyLimitFilter(DataSize limit) {
		this(limit, null, 0);
	}

	/**
	 * @param limit the largest body accepted
	 * @param readTimeout the longest a whole body may take to arrive, {@code null} for no limit
	 * @param maxConcurrentBodies the most requests with a body served at once, {@code 0} or less for no limit
	 */
	public RequestBodyLimitFilter(DataSize limit, Duration readTimeout, int maxConcurrentBodies) {
		this.limit = limit.toBytes();
		this.readTimeoutNanos = (readTimeout != null) ? readTimeout.toNanos() : Long.MAX_VALUE;
		this.bodies = (maxConcurrentBodies > 0) ? new Semaphore(maxConcurrentBodies) : null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > this.limit) {
			response.setHeader("Connection", "close");
			response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
			return;
		}
		boolean hasBody = request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
		if (!hasBody || this.bodies == null) {
			chain.doFilter(new LimitedRequest(request, this.limit, this.readTimeoutNanos), response);
			return;
		}
		if (!this.bodies.tryAcquire()) {
			response.setHeader("Connection", "close");
			response.setHeader("Retry-After", "1");
			response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
			return;
		}
		try {
			chain.doFilter(new LimitedRequest(request, this.limit, this.readTimeoutNanos), response);
		}
		finally {
			this.bodies.release();
		}
	}

	/** A request body grew past the limit while it was read. */
	public static class BodyTooLargeException extends IOException {

		BodyTooLargeException(long limit) {
			super("Request body exceeds " + limit + " bytes");
		}

	}

	/** A request body did not arrive within the time allowed. */
	public static class BodyTooSlowException extends IOException {

		BodyTooSlowException(long nanos) {
			super("Request body took longer than " + Duration.ofNanos(nanos).toMillis() + " ms to arrive");
		}

	}

	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private final long limit;

		private final long deadline;

		private final long timeoutNanos;

		private ServletInputStream stream;

		LimitedRequest(HttpServletRequest request, long limit, long timeoutNanos) {
			super(request);
			this.limit = limit;
			this.timeoutNanos = timeoutNanos;
			long now = System.nanoTime();
			this.deadline = (timeoutNanos == Long.MAX_VALUE || now + timeoutNanos < now) ? Long.MAX_VALUE : now + timeoutNanos;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.stream == null) {
				this.stream = new LimitedInputStream(super.getInputStream(), this.limit, this.deadline, this.timeoutNanos);
			}
			return this.stream;
		}

	}

	private static final class LimitedInputStream extends ServletInputStream {

		private final ServletInputStream delegate;

		private final long limit;

		private final long deadline;

		private final long timeoutNanos;

		private long read;

		LimitedInputStream(ServletInputStream delegate, long limit, long deadline, long timeoutNanos) {
			this.delegate = delegate;
			this.limit = limit;
			this.deadline = deadline;
			this.timeoutNanos = timeoutNanos;
		}

		@Override
		public int read() throws IOException {
			int b = this.delegate.read();
			if (b != -1) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = this.delegate.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		/** Checked as each piece arrives: a read that blocks is bounded by the server's connection timeout. */
		private void count(int n) throws IOException {
			this.read += n;
			if (this.read > this.limit) {
				throw new BodyTooLargeException(this.limit);
			}
			if (this.deadline != Long.MAX_VALUE && System.nanoTime() - this.deadline > 0 && !isFinished()) {
				throw new BodyTooSlowException(this.timeoutNanos);
			}
		}

		@Override
		public boolean isFinished() {
			return this.delegate.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.delegate.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.delegate.setReadListener(listener);
		}

	}

}

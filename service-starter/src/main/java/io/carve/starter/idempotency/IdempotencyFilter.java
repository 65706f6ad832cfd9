package io.carve.starter.idempotency;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

import io.carve.starter.limits.RequestBodyLimitFilter.BodyTooLargeException;
import io.carve.starter.problems.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A POST with an {@code Idempotency-Key} (IETF httpapi draft) runs once: a repeat with the same key
 * and the same request is answered as the first was (status, {@code Location}, {@code ETag}, body)
 * and changes nothing; the same key with another request is a 422 problem, and a repeat while the
 * first is in flight a 409 problem. An answer of 5xx is not kept, so the client's retry runs anew.
 * Requests without the header are untouched.
 */
class IdempotencyFilter extends OncePerRequestFilter implements Ordered {

	static final String HEADER = "Idempotency-Key";

	/** Late, after the body limit, tracing and any caller authorization, just before the dispatcher. */
	static final int ORDER = Ordered.LOWEST_PRECEDENCE - 100;

	private static final int MAX_KEY_LENGTH = 255;

	private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

	private final IdempotencyKeys keys;

	IdempotencyFilter(IdempotencyKeys keys) {
		this.keys = keys;
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		List<String> headers = Collections.list(request.getHeaders(HEADER));
		String key = (headers.size() == 1) ? keyOf(headers.get(0)) : null;
		if (key == null) {
			refuse(request, response, HttpStatus.BAD_REQUEST, "Invalid Idempotency-Key", "Send one Idempotency-Key"
					+ " of 1 to " + MAX_KEY_LENGTH + " printable ASCII characters, such as a random UUID, as a"
					+ " string (\"…\") or as it is.");
			return;
		}
		byte[] body;
		try {
			body = request.getInputStream().readAllBytes();
		}
		catch (BodyTooLargeException ex) {
			response.setHeader(HttpHeaders.CONNECTION, "close");
			response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
			return;
		}
		IdempotencyKeys.Claim claim;
		try {
			claim = this.keys.claim(key, fingerprint(request, body));
		}
		catch (DataAccessException ex) {
			log.warn("Could not look up Idempotency-Key: {}", ex.getMessage());
			response.setHeader(HttpHeaders.RETRY_AFTER, "5");
			refuse(request, response, HttpStatus.SERVICE_UNAVAILABLE, "Database unavailable",
					"The service cannot reach its database; retry later with the same Idempotency-Key.");
			return;
		}
		if (claim instanceof IdempotencyKeys.Claim.Claimed) {
			runOnce(key, new BodyRequest(request, body), response, chain);
		}
		else if (claim instanceof IdempotencyKeys.Claim.Answered answered) {
			replay(answered.answer(), response);
		}
		else if (claim instanceof IdempotencyKeys.Claim.InFlight) {
			response.setHeader(HttpHeaders.RETRY_AFTER, "1");
			refuse(request, response, HttpStatus.CONFLICT, "Request in progress", "A request with this"
					+ " Idempotency-Key is still being processed; send it again once that one is answered.");
		}
		else {
			refuse(request, response, HttpStatus.UNPROCESSABLE_CONTENT, "Idempotency-Key reused", "This"
					+ " Idempotency-Key was used for another request (another path or body); use a new key for a"
					+ " new request.");
		}
	}

	private void runOnce(String key, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
		boolean kept = false;
		try {
			chain.doFilter(request, answer);
			byte[] body = answer.getContentAsByteArray();
			// A refusal by sendError has its problem written later, by the error dispatch: nothing to keep.
			if (answer.getStatus() < 500 && (answer.getStatus() < 400 || body.length > 0)) {
				this.keys.answer(key, new StoredAnswer(answer.getStatus(), answer.getContentType(),
						answer.getHeader(HttpHeaders.LOCATION), answer.getHeader(HttpHeaders.ETAG),
						body));
				kept = true;
			}
		}
		catch (DataAccessException ex) {
			log.warn("Could not keep the answer to Idempotency-Key {}: {}", key, ex.getMessage());
		}
		finally {
			if (!kept) {
				release(key);
			}
			answer.copyBodyToResponse();
		}
	}

	private void release(String key) {
		try {
			this.keys.release(key);
		}
		catch (DataAccessException ex) {
			log.warn("Could not release Idempotency-Key {}; a repeat gets 409 until it expires: {}", key,
					ex.getMessage());
		}
	}

	private static void replay(StoredAnswer answer, HttpServletResponse response) throws IOException {
		response.setStatus(answer.status());
		if (answer.contentType() != null) {
			response.setContentType(answer.contentType());
		}
		if (answer.location() != null) {
			response.setHeader(HttpHeaders.LOCATION, answer.location());
		}
		if (answer.etag() != null) {
			response.setHeader(HttpHeaders.ETAG, answer.etag());
		}
		byte[] body = (answer.body() != null) ? answer.body() : new byte[0];
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			String title, String detail) throws IOException {
		request.setAttribute(Problems.TITLE_ATTRIBUTE, title);
		request.setAttribute(Problems.DETAIL_ATTRIBUTE, detail);
		response.sendError(status.value());
	}

	/**
	 * The key: the draft's structured-field string ({@code "…"}) or the bare text, 1 to 255
	 * printable ASCII characters; {@code null} if it is none.
	 */
	static String keyOf(String header) {
		String key = header.strip();
		if (key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"")) {
			key = key.substring(1, key.length() - 1);
		}
		if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
			return null;
		}
		for (int i = 0; i < key.length(); i++) {
			char c = key.charAt(i);
			if (c < 0x20 || c > 0x7E || c == '"' || c == '\\') {
				return null;
			}
		}
		return key;
	}

	/** What makes two requests the same: method, path, query, content type and body. */
	static String fingerprint(HttpServletRequest request, byte[] body) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			String head = request.getMethod() + " " + request.getRequestURI() + "?"
					+ String.valueOf(request.getQueryString()) + "\n" + String.valueOf(request.getContentType()) + "\n";
			digest.update(head.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest.digest(body));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JVM has SHA-256", ex);
		}
	}

	/** The request with its body, already read, to read again. */
	private static final class BodyRequest extends HttpServletRequestWrapper {

		private final byte[] body;

		BodyRequest(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream bytes = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return bytes.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return bytes.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return bytes.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("The body was read already");
				}

			};
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

	}

}

package io.carve.gateway.auth;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.carve.starter.tracing.OutgoingTrace;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * nginx's {@code auth_request}: the monolith, which still owns users and sessions, judges the
 * caller's {@code Cookie} and {@code Authorization} (and sees nothing else of the request) at its
 * check URL. 2xx lets the request through, 401 and 403 refuse it; no answer in time, or any
 * other, refuses it too. Verdicts are kept briefly per credentials, by a hash of them, so a
 * client's burst costs the monolith one check; a missing verdict is never kept.
 */
class MonolithAuthCheck implements EdgeAuthenticator {

	private final URI checkUrl;

	private final Duration timeout;

	private final HttpClient client;

	private final AsyncCache<String, Verdict> verdicts;

	private final OutgoingTrace trace;

	MonolithAuthCheck(URI checkUrl, EdgeAuthProperties.Monolith properties, OutgoingTrace trace) {
		this.checkUrl = checkUrl;
		this.timeout = properties.timeout();
		this.trace = trace;
		this.client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(properties.timeout())
			.build();
		Duration ttl = properties.cacheTtl();
		this.verdicts = Caffeine.newBuilder()
			.maximumSize(properties.cacheSize())
			.expireAfter(Expiry.<String, Verdict>creating((key, verdict) -> verdict.cacheable() ? ttl : Duration.ZERO))
			.buildAsync();
	}

	@Override
	public Verdict judge(HttpServletRequest request) {
		String cookie = String.join("; ", Collections.list(request.getHeaders(HttpHeaders.COOKIE)));
		String authorization = String.join(", ", Collections.list(request.getHeaders(HttpHeaders.AUTHORIZATION)));
		// Concurrent requests with the same credentials wait for one check instead of each asking; the
		// check runs outside the cache's locks, so a slow monolith holds up no other credentials.
		CompletableFuture<Verdict> mine = new CompletableFuture<>();
		CompletableFuture<Verdict> verdict = this.verdicts.get(key(cookie, authorization), (key, executor) -> mine);
		if (verdict == mine) {
			try {
				mine.complete(ask(cookie, authorization));
			}
			catch (RuntimeException ex) {
				mine.complete(new Verdict.Unavailable("The monolith's authentication check failed: " + ex));
			}
		}
		return verdict.join();
	}

	private Verdict ask(String cookie, String authorization) {
		HttpRequest.Builder check = HttpRequest.newBuilder(this.checkUrl).timeout(this.timeout).GET();
		try {
			if (!cookie.isEmpty()) {
				check.header(HttpHeaders.COOKIE, cookie);
			}
			if (!authorization.isEmpty()) {
				check.header(HttpHeaders.AUTHORIZATION, authorization);
			}
		}
		catch (IllegalArgumentException ex) {
			// Bytes no HTTP client may send on (control characters): no credential of the monolith's.
			return new Verdict.Refused(HttpStatus.UNAUTHORIZED, List.of());
		}
		this.trace.inject(check, HttpRequest.Builder::setHeader);
		HttpResponse<Void> answer;
		try {
			answer = this.client.send(check.build(), BodyHandlers.discarding());
		}
		catch (HttpTimeoutException ex) {
			return new Verdict.Unavailable("The monolith's authentication check at " + this.checkUrl
					+ " did not answer within " + this.timeout.toMillis() + " ms");
		}
		catch (IOException ex) {
			return new Verdict.Unavailable(
					"The monolith's authentication check at " + this.checkUrl + " could not be reached: " + ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Verdict.Unavailable("The monolith's authentication check was not asked: the gateway is stopping");
		}
		int status = answer.statusCode();
		if (status >= 200 && status < 300) {
			return Verdict.ALLOWED;
		}
		if (status == HttpStatus.UNAUTHORIZED.value()) {
			return new Verdict.Refused(HttpStatus.UNAUTHORIZED, answer.headers().allValues(HttpHeaders.WWW_AUTHENTICATE));
		}
		if (status == HttpStatus.FORBIDDEN.value()) {
			return new Verdict.Refused(HttpStatus.FORBIDDEN, List.of());
		}
		// A redirect to a login page, a 404 of a wrong check URL, a 500: no verdict to act on.
		return new Verdict.Unavailable("The monolith's authentication check at " + this.checkUrl + " answered " + status
				+ "; it must answer 2xx, 401 or 403");
	}

	/** The credentials themselves are never kept, only a digest of them. */
	private static String key(String cookie, String authorization) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			sha256.update(cookie.getBytes(StandardCharsets.UTF_8));
			sha256.update((byte) 0);
			sha256.update(authorization.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(sha256.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JVM has SHA-256", ex);
		}
	}

}

package io.carve.gateway.legacy;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.DefaultHttpRequestRetryStrategy;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * The proxy's HTTP client to the monolith: Apache HttpClient's classic, blocking client, so a
 * request is sent and its answer read on the thread that serves it, over a pool of kept-alive
 * connections. It changes nothing on the way: no redirects followed, no cookies, no decompression,
 * no user agent of its own. An answer is never retried; a request is, once and at once, only
 * where a kept-alive connection turned out to be closed by the monolith before any answer, and
 * only for an idempotent method without a body.
 */
final class LegacyConnections {

	private LegacyConnections() {
	}

	static CloseableHttpClient client(LegacyProperties properties) {
		ConnectionConfig connections = ConnectionConfig.custom()
			.setConnectTimeout(Timeout.of(properties.connectTimeout()))
			.setSocketTimeout(Timeout.of(properties.responseTimeout()))
			.setValidateAfterInactivity(TimeValue.ofSeconds(1))
			.build();
		return HttpClients.custom()
			.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
				.setDefaultConnectionConfig(connections)
				.setMaxConnTotal(properties.maxConnections())
				.setMaxConnPerRoute(properties.maxConnections())
				.build())
			.setDefaultRequestConfig(RequestConfig.custom()
				.setResponseTimeout(Timeout.of(properties.responseTimeout()))
				.setConnectionRequestTimeout(Timeout.of(properties.connectTimeout()))
				.build())
			.setRetryStrategy(new StaleConnectionRetry())
			.disableRedirectHandling()
			.disableCookieManagement()
			.disableContentCompression()
			.disableAuthCaching()
			.disableConnectionState()
			.disableDefaultUserAgent()
			.build();
	}

	/** HttpClient's own strategy for failures before an answer, never for answers (a 503, say). */
	private static final class StaleConnectionRetry extends DefaultHttpRequestRetryStrategy {

		StaleConnectionRetry() {
			super(1, TimeValue.ZERO_MILLISECONDS);
		}

		@Override
		public boolean retryRequest(HttpResponse response, int execCount, HttpContext context) {
			return false;
		}

	}

}

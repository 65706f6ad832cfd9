package io.carve.starter.tls;

import java.io.IOException;
import java.net.Socket;

import javax.net.ssl.SSLSocket;

import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.protocol.HttpContext;

import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.cloud.openfeign.clientconfig.HttpClient5FeignConfiguration.HttpClientConnectionManagerBuilderCustomizer;

/**
 * Feign's Apache HttpClient presents the service's certificate and trusts only the platform's CA,
 * from the SSL bundle, with host names verified. It follows the bundle: when the files change and
 * Boot reloads it, new connections use a new TLS context (a fresh one, so that no TLS session of
 * the old certificate is resumed); pooled connections keep theirs until they close.
 */
class ClientTls implements HttpClientConnectionManagerBuilderCustomizer, TlsSocketStrategy {

	private volatile TlsSocketStrategy current;

	ClientTls(SslBundles bundles, String bundleName) {
		use(bundles.getBundle(bundleName));
		bundles.addBundleUpdateHandler(bundleName, this::use);
	}

	@Override
	public void customize(PoolingHttpClientConnectionManagerBuilder builder) {
		builder.setTlsSocketStrategy(this);
	}

	@Override
	public SSLSocket upgrade(Socket socket, String target, int port, Object attachment, HttpContext context)
			throws IOException {
		return this.current.upgrade(socket, target, port, attachment, context);
	}

	private void use(SslBundle bundle) {
		this.current = new DefaultClientTlsStrategy(bundle.createSslContext());
	}

}

package io.carve.starter.tls;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Arrays;

import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedKeyManager;
import javax.net.ssl.X509ExtendedTrustManager;

import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;

import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.cloud.openfeign.clientconfig.HttpClient5FeignConfiguration.HttpClientConnectionManagerBuilderCustomizer;

/**
 * Feign's Apache HttpClient presents the service's certificate and trusts only the platform's CA,
 * from the SSL bundle, with host names verified. Its keys and trust follow the bundle: when the
 * files change and Boot reloads it, new connections use the new ones (pooled ones keep theirs).
 */
class ClientTls implements HttpClientConnectionManagerBuilderCustomizer {

	private final Keys keys = new Keys();

	private final Trust trust = new Trust();

	private final SSLContext context;

	ClientTls(SslBundles bundles, String bundleName) throws GeneralSecurityException {
		use(bundles.getBundle(bundleName));
		bundles.addBundleUpdateHandler(bundleName, this::use);
		this.context = SSLContext.getInstance("TLS");
		this.context.init(new KeyManager[] { this.keys }, new TrustManager[] { this.trust }, null);
	}

	@Override
	public void customize(PoolingHttpClientConnectionManagerBuilder builder) {
		builder.setTlsSocketStrategy(new DefaultClientTlsStrategy(this.context));
	}

	SSLContext context() {
		return this.context;
	}

	private void use(SslBundle bundle) {
		this.keys.delegate = only(X509ExtendedKeyManager.class, bundle.getManagers().getKeyManagers());
		this.trust.delegate = only(X509ExtendedTrustManager.class, bundle.getManagers().getTrustManagers());
	}

	private static <T> T only(Class<T> type, Object[] managers) {
		return Arrays.stream(managers)
			.filter(type::isInstance)
			.map(type::cast)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("The SSL bundle has no " + type.getSimpleName()));
	}

	/** The bundle's current key manager. */
	private static final class Keys extends X509ExtendedKeyManager {

		private volatile X509ExtendedKeyManager delegate;

		@Override
		public String[] getClientAliases(String keyType, Principal[] issuers) {
			return this.delegate.getClientAliases(keyType, issuers);
		}

		@Override
		public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
			return this.delegate.chooseClientAlias(keyType, issuers, socket);
		}

		@Override
		public String chooseEngineClientAlias(String[] keyType, Principal[] issuers, SSLEngine engine) {
			return this.delegate.chooseEngineClientAlias(keyType, issuers, engine);
		}

		@Override
		public String[] getServerAliases(String keyType, Principal[] issuers) {
			return this.delegate.getServerAliases(keyType, issuers);
		}

		@Override
		public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
			return this.delegate.chooseServerAlias(keyType, issuers, socket);
		}

		@Override
		public String chooseEngineServerAlias(String keyType, Principal[] issuers, SSLEngine engine) {
			return this.delegate.chooseEngineServerAlias(keyType, issuers, engine);
		}

		@Override
		public X509Certificate[] getCertificateChain(String alias) {
			return this.delegate.getCertificateChain(alias);
		}

		@Override
		public PrivateKey getPrivateKey(String alias) {
			return this.delegate.getPrivateKey(alias);
		}

	}

	/** The bundle's current trust manager. */
	private static final class Trust extends X509ExtendedTrustManager {

		private volatile X509ExtendedTrustManager delegate;

		@Override
		public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
			this.delegate.checkClientTrusted(chain, authType, socket);
		}

		@Override
		public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
			this.delegate.checkServerTrusted(chain, authType, socket);
		}

		@Override
		public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
			this.delegate.checkClientTrusted(chain, authType, engine);
		}

		@Override
		public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
			this.delegate.checkServerTrusted(chain, authType, engine);
		}

		@Override
		public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
			this.delegate.checkClientTrusted(chain, authType);
		}

		@Override
		public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
			this.delegate.checkServerTrusted(chain, authType);
		}

		@Override
		public X509Certificate[] getAcceptedIssuers() {
			return this.delegate.getAcceptedIssuers();
		}

	}

}

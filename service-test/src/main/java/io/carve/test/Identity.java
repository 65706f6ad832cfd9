package io.carve.test;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A certificate that a {@link TestCertificates} CA signed, with its key and the PEM files they were
 * written to: what a service names in {@code carve.tls.*}, and what a test's client presents.
 *
 * @param name the name it was issued for (subject CN and DNS alternative name)
 * @param certificate the certificate
 * @param privateKey its private key
 * @param certificateFile the certificate's PEM file, for {@code carve.tls.certificate}
 * @param privateKeyFile the key's PEM file, for {@code carve.tls.private-key}
 * @param caFile the signing CA's PEM file, for {@code carve.tls.ca}
 * @param caCertificate the signing CA's certificate
 */
public record Identity(String name, X509Certificate certificate, PrivateKey privateKey, Path certificateFile,
		Path privateKeyFile, Path caFile, X509Certificate caCertificate) {

	/** {@code --carve.tls.certificate=...} and the key and CA too, as a service's command line takes them. */
	public List<String> tlsArguments() {
		return List.of("--carve.tls.certificate=" + this.certificateFile, "--carve.tls.private-key=" + this.privateKeyFile,
				"--carve.tls.ca=" + this.caFile);
	}

	/** The same as properties ({@code carve.tls.certificate=...}), for a test's {@code @SpringBootTest(properties)}. */
	public List<String> tlsProperties() {
		return tlsArguments().stream().map((argument) -> argument.substring(2)).toList();
	}

	/** A client's TLS context presenting this certificate and trusting only its own CA. */
	public SSLContext sslContext() {
		return sslContext(this.caCertificate);
	}

	/** A client's TLS context presenting this certificate and trusting only {@code trusted}. */
	public SSLContext sslContext(X509Certificate trusted) {
		try {
			KeyStore keys = KeyStore.getInstance("PKCS12");
			keys.load(null, null);
			keys.setKeyEntry(this.name, this.privateKey, new char[0], new X509Certificate[] { this.certificate });
			KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
			keyManagers.init(keys, new char[0]);
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(keyManagers.getKeyManagers(), trusting(trusted).getTrustManagers(), null);
			return context;
		}
		catch (GeneralSecurityException | IOException ex) {
			throw new IllegalStateException("Could not make a TLS context of " + this.name + "'s certificate", ex);
		}
	}

	/** A client's TLS context that presents no certificate and trusts only {@code trusted}. */
	public static SSLContext anonymous(X509Certificate trusted) {
		try {
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(null, trusting(trusted).getTrustManagers(), null);
			return context;
		}
		catch (GeneralSecurityException | IOException ex) {
			throw new IllegalStateException("Could not make a TLS context trusting " + trusted.getSubjectX500Principal(), ex);
		}
	}

	private static TrustManagerFactory trusting(X509Certificate trusted) throws GeneralSecurityException, IOException {
		KeyStore trust = KeyStore.getInstance("PKCS12");
		trust.load(null, null);
		trust.setCertificateEntry("ca", trusted);
		TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		trustManagers.init(trust);
		return trustManagers;
	}

}

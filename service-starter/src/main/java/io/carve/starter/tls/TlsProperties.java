package io.carve.starter.tls;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The service's identity for mutual TLS, under {@code carve.tls}: on a node managed by Puppet, its
 * agent certificate, key and the Puppet CA. TLS is on when all three files are named.
 *
 * @param enabled whether the TLS convention applies at all (HTTPS, callers, loopback without it)
 * @param certificate PEM file of the service's certificate (chain), presented to clients and callees
 * @param privateKey PEM file of the certificate's private key
 * @param ca PEM file of the CA that signs every service's certificate, the only one trusted
 * @param serverEnabled whether the service serves HTTPS with it; false for a service behind a
 * TLS-terminating load balancer, which uses its certificate only for its own calls
 */
@ConfigurationProperties("carve.tls")
public record TlsProperties(@DefaultValue("true") boolean enabled, Path certificate, Path privateKey, Path ca,
		@DefaultValue("true") boolean serverEnabled) {

	/** The name of the SSL bundle the platform makes of these files ({@code spring.ssl.bundle.pem.carve}). */
	public static final String BUNDLE = "carve";

	/** Whether all three files are named (and the convention is on), so the service has an identity. */
	public boolean configured() {
		return this.enabled && this.certificate != null && this.privateKey != null && this.ca != null;
	}

	/** Whether the service serves HTTPS and requires client certificates. */
	public boolean servesTls() {
		return configured() && this.serverEnabled;
	}

	/** Whether some but not all of the three files are named, which is an operator's mistake. */
	boolean partlyConfigured() {
		int named = ((this.certificate != null) ? 1 : 0) + ((this.privateKey != null) ? 1 : 0) + ((this.ca != null) ? 1 : 0);
		return this.enabled && named > 0 && named < 3;
	}

}

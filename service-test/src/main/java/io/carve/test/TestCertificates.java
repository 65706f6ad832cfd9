package io.carve.test;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A throwaway certificate authority for tests of mutual TLS, shaped like the Puppet CA a deployed
 * service trusts: its certificate, and certificates it signs for a name (subject CN and DNS
 * subject alternative name, as Puppet gives an agent's certname), each written as PEM files
 * ({@code <name>.pem}, {@code <name>.key.pem}, {@code ca.pem}) into a directory of the test's.
 * {@link #create(Path, String)} another one, in another directory, for "a certificate from another CA".
 */
public final class TestCertificates {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Path directory;

	private final String caName;

	private final KeyPair caKeys;

	private final X509Certificate caCertificate;

	private TestCertificates(Path directory, String caName) throws IOException, GeneralSecurityException {
		this.directory = Files.createDirectories(directory);
		this.caName = caName;
		this.caKeys = keyPair();
		Instant now = Instant.now();
		JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(new X500Name("CN=" + caName), serial(),
				Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(365))),
				new X500Name("CN=" + caName), this.caKeys.getPublic());
		JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
		builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
		builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
		builder.addExtension(Extension.subjectKeyIdentifier, false,
				extensions.createSubjectKeyIdentifier(this.caKeys.getPublic()));
		this.caCertificate = sign(builder);
		write(this.directory.resolve("ca.pem"), this.caCertificate);
	}

	/** A new CA named {@code caName}, writing its files into {@code directory} (made if missing). */
	public static TestCertificates create(Path directory, String caName) {
		try {
			return new TestCertificates(directory, caName);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not make the test CA " + caName, ex);
		}
	}

	/** {@code ca.pem}: the CA's certificate, what {@code carve.tls.ca} names. */
	public Path caFile() {
		return this.directory.resolve("ca.pem");
	}

	/** The CA's certificate. */
	public X509Certificate caCertificate() {
		return this.caCertificate;
	}

	/**
	 * A certificate for {@code name}, valid from yesterday for a year, for a server (with
	 * {@code localhost} and {@code 127.0.0.1} among its alternative names, so clients on this
	 * machine can verify the host) and a client alike, as Puppet's are.
	 */
	public Identity issue(String name) {
		Instant now = Instant.now();
		return issue(name, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(365)), "localhost");
	}

	/** A certificate for {@code name} that expired yesterday. */
	public Identity expired(String name) {
		Instant now = Instant.now();
		return issue(name, now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(1)), "localhost");
	}

	/**
	 * A certificate for {@code name}, valid between these instants, with {@code name} and these DNS
	 * names (and {@code 127.0.0.1}) as its subject alternative names; signed, then written as
	 * {@code <name>.pem} and {@code <name>.key.pem}, a second one of the same name overwriting the first.
	 */
	public Identity issue(String name, Instant notBefore, Instant notAfter, String... dnsNames) {
		try {
			KeyPair keys = keyPair();
			JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(this.caCertificate, serial(),
					Date.from(notBefore), Date.from(notAfter), new X500Name("CN=" + name), keys.getPublic());
			JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
			List<GeneralName> alternatives = new ArrayList<>();
			alternatives.add(new GeneralName(GeneralName.dNSName, name));
			for (String dnsName : dnsNames) {
				alternatives.add(new GeneralName(GeneralName.dNSName, dnsName));
			}
			alternatives.add(new GeneralName(GeneralName.iPAddress, "127.0.0.1"));
			builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
			builder.addExtension(Extension.keyUsage, true,
					new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
			builder.addExtension(Extension.extendedKeyUsage, false,
					new ExtendedKeyUsage(new KeyPurposeId[] { KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth }));
			builder.addExtension(Extension.subjectAlternativeName, false,
					new GeneralNames(alternatives.toArray(GeneralName[]::new)));
			builder.addExtension(Extension.authorityKeyIdentifier, false,
					extensions.createAuthorityKeyIdentifier(this.caCertificate));
			X509Certificate certificate = sign(builder);
			Path certificateFile = this.directory.resolve(name + ".pem");
			Path keyFile = this.directory.resolve(name + ".key.pem");
			write(certificateFile, certificate);
			write(keyFile, keys.getPrivate());
			return new Identity(name, certificate, keys.getPrivate(), certificateFile, keyFile, caFile(),
					this.caCertificate);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not sign a certificate for " + name + " by " + this.caName, ex);
		}
	}

	private X509Certificate sign(X509v3CertificateBuilder builder) throws GeneralSecurityException {
		try {
			return new JcaX509CertificateConverter()
				.getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(this.caKeys.getPrivate())));
		}
		catch (OperatorCreationException ex) {
			throw new GeneralSecurityException(ex);
		}
	}

	private static KeyPair keyPair() throws GeneralSecurityException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048, RANDOM);
		return generator.generateKeyPair();
	}

	private static BigInteger serial() {
		return new BigInteger(64, RANDOM).add(BigInteger.ONE);
	}

	/** Writes PEM text to a temporary file beside {@code file}, then moves it in place, as a deployment would. */
	private static void write(Path file, Object pem) throws IOException {
		StringWriter text = new StringWriter();
		try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
			writer.writeObject(pem);
		}
		Path partial = Files.writeString(file.resolveSibling(file.getFileName() + ".partial"), text.toString());
		Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING,
				StandardCopyOption.ATOMIC_MOVE);
	}

}

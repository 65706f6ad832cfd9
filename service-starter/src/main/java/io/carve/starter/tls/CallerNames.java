package io.carve.starter.tls;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/**
 * The names a client certificate stands for: its subject's common name (a Puppet certname) and its
 * DNS subject alternative names.
 */
final class CallerNames {

	/** The type number of a DNS name among a certificate's subject alternative names (RFC 5280). */
	private static final int DNS_NAME = 2;

	private CallerNames() {
	}

	static List<String> of(X509Certificate certificate) {
		List<String> names = new ArrayList<>();
		try {
			for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName()).getRdns()) {
				if (rdn.getType().equalsIgnoreCase("CN")) {
					names.add(rdn.getValue().toString());
				}
			}
		}
		catch (InvalidNameException ex) {
			// A subject the JDK itself wrote cannot be malformed; without it the SANs still count.
		}
		try {
			Collection<List<?>> alternatives = certificate.getSubjectAlternativeNames();
			if (alternatives != null) {
				for (List<?> alternative : alternatives) {
					if (alternative.size() == 2 && Integer.valueOf(DNS_NAME).equals(alternative.get(0))) {
						names.add(alternative.get(1).toString());
					}
				}
			}
		}
		catch (CertificateParsingException ex) {
			// An unreadable extension names nobody; the common name still counts.
		}
		return names;
	}

	/** A name as it may appear in a log line or a problem: printable ASCII only. */
	static String printable(String name) {
		return name.codePoints()
			.map((c) -> (c >= 0x21 && c < 0x7f) ? c : '?')
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
	}

}

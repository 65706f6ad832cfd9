package io.carve.starter.tls;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may call the service, under {@code carve.security}: the certificate names (Puppet certnames)
 * of its callers. It applies where the service serves mutual TLS.
 *
 * @param enabled whether callers are checked against the list at all
 * @param allowedCallers the certificate names allowed to call; a name matches a certificate's
 * subject common name or one of its DNS subject alternative names
 */
@ConfigurationProperties("carve.security")
public record CallerProperties(@DefaultValue("true") boolean enabled, @DefaultValue List<String> allowedCallers) {

}

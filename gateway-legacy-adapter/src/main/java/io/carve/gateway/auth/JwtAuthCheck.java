package io.carve.gateway.auth;

import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.client.RestTemplate;

/**
 * For teams with an identity provider: the caller's {@code Authorization: Bearer} JWT, signed by
 * one of the issuer's keys (its JWK set, RS256), from that issuer, not expired, and for the
 * audience if one is set. A bad token is refused with RFC 6750's challenge; keys that cannot be
 * fetched refuse the request too, as no verdict.
 */
class JwtAuthCheck implements EdgeAuthenticator {

	private static final Logger log = LoggerFactory.getLogger(JwtAuthCheck.class);

	private static final String BEARER = "bearer ";

	private static final Verdict MISSING = new Verdict.Refused(HttpStatus.UNAUTHORIZED, List.of("Bearer"));

	private static final Verdict INVALID = new Verdict.Refused(HttpStatus.UNAUTHORIZED,
			List.of("Bearer error=\"invalid_token\""));

	private final JwtDecoder decoder;

	private final EdgeAuthProperties.Jwt properties;

	JwtAuthCheck(EdgeAuthProperties.Jwt properties) {
		this.properties = properties;
		if (properties.issuer() == null || properties.jwkSetUri() == null) {
			throw new IllegalArgumentException("gateway.auth.mode jwt needs gateway.auth.jwt.issuer and"
					+ " gateway.auth.jwt.jwk-set-uri, the issuer's 'iss' and the URL of its JWK set");
		}
		SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
		requests.setConnectTimeout(properties.timeout());
		requests.setReadTimeout(properties.timeout());
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri().toString())
			.restOperations(new RestTemplate(requests))
			.build();
		List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
		validators.add(JwtValidators.createDefaultWithIssuer(properties.issuer()));
		if (properties.audience() != null) {
			validators.add(new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
					(audience) -> audience != null && audience.contains(properties.audience())));
		}
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
		this.decoder = decoder;
	}

	@Override
	public Verdict judge(HttpServletRequest request) {
		String token = bearerToken(request.getHeaders(HttpHeaders.AUTHORIZATION));
		if (token == null) {
			return MISSING;
		}
		try {
			this.decoder.decode(token);
			return Verdict.ALLOWED;
		}
		catch (BadJwtException ex) {
			log.info("{} {}: a bearer token was refused: {}", request.getMethod(), request.getRequestURI(),
					ex.getMessage());
			return INVALID;
		}
		catch (JwtException ex) {
			return new Verdict.Unavailable("The JWT issuer's keys at " + this.properties.jwkSetUri()
					+ " could not be read: " + ex.getMessage());
		}
	}

	/** The one bearer token, or null when there is none or more than one. */
	private static String bearerToken(Enumeration<String> authorizations) {
		String token = null;
		while (authorizations.hasMoreElements()) {
			String value = authorizations.nextElement();
			if (token != null || value.length() <= BEARER.length()
					|| !value.substring(0, BEARER.length()).toLowerCase(Locale.ROOT).equals(BEARER)) {
				return null;
			}
			token = value.substring(BEARER.length()).trim();
		}
		return (token == null || token.isEmpty()) ? null : token;
	}

}

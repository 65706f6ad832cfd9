package io.carve.gateway.auth;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may call the migrated routes: the edge authentication the gateway does for them, since the
 * monolith that owns users and sessions no longer sees those requests.
 *
 * @param mode who judges a request's credentials: the monolith (the default), a JWT issuer, or
 * nobody (every request let through)
 * @param routes path patterns of the requests authenticated at the edge: the migrated routes
 * @param anonymousRoutes the routes among them the monolith served without authentication, as
 * path patterns, each optionally after a method ({@code GET /api/custom/*}); they are let through
 * unasked
 * @param retryAfter what a refusal for want of a judge (the monolith or the JWT issuer out of
 * reach) tells the client to wait, in its {@code Retry-After}
 * @param monolith the monolith's authentication check, for mode {@code monolith}
 * @param jwt the token issuer, for mode {@code jwt}
 */
@ConfigurationProperties("gateway.auth")
record EdgeAuthProperties(@DefaultValue("monolith") Mode mode, @DefaultValue("/api/custom/**") List<String> routes,
		@DefaultValue List<String> anonymousRoutes, @DefaultValue("5s") Duration retryAfter,
		@DefaultValue Monolith monolith, @DefaultValue Jwt jwt) {

	/** Who judges a request's credentials. */
	enum Mode {

		/** The monolith's authentication check, asked for each request (nginx's auth_request). */
		MONOLITH,

		/** A bearer JWT, checked against the configured issuer's keys. */
		JWT,

		/** Nobody: every request to the migrated routes is let through. */
		NONE

	}

	/**
	 * The monolith's authentication check: a URL that answers 2xx for the credentials of a
	 * signed-in user, 401 or 403 otherwise.
	 *
	 * @param checkUrl the check, absolute or relative to {@code legacy.base-url}; it receives the
	 * caller's {@code Cookie} and {@code Authorization} headers and nothing else of the request
	 * @param timeout how long the check may take, to connect and again to answer, before the
	 * request is refused with 503
	 * @param cacheTtl how long a verdict (let through, or refused) is kept for the same credentials;
	 * {@code 0s} asks the monolith for every request
	 * @param cacheSize how many credentials' verdicts are kept at most
	 * @param sessionCookie the name of the monolith's session cookie, as the API description names it
	 */
	record Monolith(@DefaultValue("/auth/check") URI checkUrl, @DefaultValue("1s") Duration timeout,
			@DefaultValue("5s") Duration cacheTtl, @DefaultValue("10000") long cacheSize,
			@DefaultValue("session") String sessionCookie) {

	}

	/**
	 * The issuer of the bearer tokens accepted in mode {@code jwt}.
	 *
	 * @param issuer the {@code iss} every token must carry
	 * @param jwkSetUri where the issuer's public keys are, as a JWK set
	 * @param audience the {@code aud} every token must include, if set
	 * @param timeout how long fetching the JWK set may take, to connect and again to answer
	 */
	record Jwt(String issuer, URI jwkSetUri, String audience, @DefaultValue("2s") Duration timeout) {

	}

}

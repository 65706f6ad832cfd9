package io.carve.gateway.auth;

import jakarta.servlet.http.HttpServletRequest;

/** Judges the credentials of a request to a migrated route: the monolith's check, or a JWT issuer's keys. */
@FunctionalInterface
interface EdgeAuthenticator {

	/** The verdict on this request's credentials; never throws for a judge that cannot answer. */
	Verdict judge(HttpServletRequest request);

}

package io.carve.gateway.auth;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Asks the edge's judge before a request to an authenticated route is handled, so nothing of it
 * (its body included) is read for a caller who is refused; a refusal is thrown, for the
 * platform's problem handling to answer ({@link EdgeAuthProblems}).
 */
class EdgeAuthInterceptor implements HandlerInterceptor {

	private final EdgeRoutes routes;

	private final EdgeAuthenticator authenticator;

	EdgeAuthInterceptor(EdgeRoutes routes, EdgeAuthenticator authenticator) {
		this.routes = routes;
		this.authenticator = authenticator;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (request.getDispatcherType() != DispatcherType.REQUEST) {
			// An error page for a request that was judged already, or refused before it could be.
			return true;
		}
		if (!ServletRequestPathUtils.hasParsedRequestPath(request)) {
			ServletRequestPathUtils.parseAndCache(request);
		}
		if (!this.routes.authenticates(request.getMethod(),
				ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication())) {
			return true;
		}
		Verdict verdict = this.authenticator.judge(request);
		if (verdict instanceof Verdict.Allowed) {
			return true;
		}
		throw new EdgeAuthException(verdict);
	}

	/** A request refused at the edge, with the verdict that refused it. */
	static class EdgeAuthException extends RuntimeException {

		private final transient Verdict verdict;

		EdgeAuthException(Verdict verdict) {
			super("Refused at the edge: " + verdict, null, false, false);
			this.verdict = verdict;
		}

		Verdict verdict() {
			return this.verdict;
		}

	}

}

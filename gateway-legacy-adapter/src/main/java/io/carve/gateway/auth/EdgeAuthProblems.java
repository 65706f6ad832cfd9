package io.carve.gateway.auth;

import java.util.Set;

import io.carve.gateway.auth.EdgeAuthInterceptor.EdgeAuthException;
import io.carve.starter.problems.FailureProblems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A request refused at the edge, as the client sees it: the judge's 401 (with its
 * {@code WWW-Authenticate}) or 403, or 503 with {@code Retry-After} when there was no judge to
 * ask. The problem names no address; the log does, with the trace id.
 */
class EdgeAuthProblems implements FailureProblems {

	private static final Logger log = LoggerFactory.getLogger(EdgeAuthProblems.class);

	private final String judge;

	private final long retryAfterSeconds;

	private final boolean enabled;

	/**
	 * @param judge who judges credentials, as the client may read it ("the monolith")
	 * @param retryAfterSeconds what a 503 tells the client to wait
	 * @param enabled whether the edge authenticates at all, and so may answer these problems
	 */
	EdgeAuthProblems(String judge, long retryAfterSeconds, boolean enabled) {
		this.judge = judge;
		this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
		this.enabled = enabled;
	}

	@Override
	public ProblemDetail describe(Throwable failure, HttpHeaders headers) {
		if (!(failure instanceof EdgeAuthException refused)) {
			return null;
		}
		if (refused.verdict() instanceof Verdict.Refused verdict) {
			if (verdict.status() == HttpStatus.FORBIDDEN) {
				return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
						"These credentials do not give access to this route; " + this.judge + " refused them.");
			}
			verdict.challenges().forEach((challenge) -> headers.add(HttpHeaders.WWW_AUTHENTICATE, challenge));
			return ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, "This route needs credentials that "
					+ this.judge + " accepts; sign in, and send them with the request.");
		}
		String reason = (refused.verdict() instanceof Verdict.Unavailable unavailable) ? unavailable.reason()
				: refused.verdict().toString();
		log.warn("{}; the request is refused, not let through", reason);
		headers.set(HttpHeaders.RETRY_AFTER, Long.toString(this.retryAfterSeconds));
		return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, "The credentials could not be checked: "
				+ this.judge + " could not be asked or gave no verdict. Try again after Retry-After seconds.");
	}

	@Override
	public Set<HttpStatus> answers() {
		return this.enabled ? Set.of(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN, HttpStatus.SERVICE_UNAVAILABLE)
				: Set.of();
	}

}

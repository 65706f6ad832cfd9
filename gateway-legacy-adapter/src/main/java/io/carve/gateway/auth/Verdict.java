package io.carve.gateway.auth;

import java.util.List;

import org.springframework.http.HttpStatus;

/** What the edge's judge made of a request's credentials. */
sealed interface Verdict {

	/** Let through. */
	Verdict ALLOWED = new Allowed();

	/** Whether it may be kept for the same credentials: only a judge's answer, never its absence. */
	default boolean cacheable() {
		return true;
	}

	/** The credentials are good. */
	record Allowed() implements Verdict {

	}

	/**
	 * The credentials are missing or refused: 401 with the judge's challenges, or 403.
	 *
	 * @param status 401 or 403
	 * @param challenges the judge's {@code WWW-Authenticate} values, for a 401
	 */
	record Refused(HttpStatus status, List<String> challenges) implements Verdict {

	}

	/**
	 * No verdict: the judge could not be asked or gave no usable answer, so the request is refused
	 * (fail closed).
	 *
	 * @param reason what went wrong, for the log (it may name addresses: never for the client)
	 */
	record Unavailable(String reason) implements Verdict {

		@Override
		public boolean cacheable() {
			return false;
		}

	}

}

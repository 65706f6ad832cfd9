package io.carve.gateway.legacy;

import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;

/**
 * The legacy monolith gave no answer to pass on. The message, for the log, names its address and
 * the cause; {@link #what()}, for the client, names neither.
 */
class LegacyUnavailableException extends RuntimeException {

	private final boolean timedOut;

	private final String what;

	LegacyUnavailableException(URI baseUrl, String what, Throwable cause) {
		super("The legacy monolith at " + baseUrl + " " + what
				+ ((cause.getMessage() != null) ? ": " + cause.getMessage() : ""));
		this.timedOut = cause instanceof HttpTimeoutException && !(cause instanceof HttpConnectTimeoutException);
		this.what = what;
	}

	/** What went wrong, without the monolith's address: "could not be reached". */
	String what() {
		return this.what;
	}

	/** Whether it was reached but too slow, rather than not reached at all. */
	boolean timedOut() {
		return this.timedOut;
	}

}

package io.carve.gateway.legacy;

import java.net.URI;

/**
 * The legacy monolith gave no answer to pass on. The message, for the log, names its address and
 * the cause; {@link #what()}, for the client, names neither.
 */
class LegacyUnavailableException extends RuntimeException {

	private final boolean timedOut;

	private final String what;

	LegacyUnavailableException(URI baseUrl, String what, boolean timedOut, Throwable cause) {
		super("The legacy monolith at " + baseUrl + " " + what
				+ ((cause.getMessage() != null) ? ": " + cause.getMessage() : ""));
		this.timedOut = timedOut;
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

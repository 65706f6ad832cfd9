package io.carve.gateway.legacy;

import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;

/** The legacy monolith gave no answer to pass on. */
class LegacyUnavailableException extends RuntimeException {

	private final boolean timedOut;

	LegacyUnavailableException(URI baseUrl, String what, Throwable cause) {
		super("The legacy monolith at " + baseUrl + " " + what
				+ ((cause.getMessage() != null) ? ": " + cause.getMessage() : ""));
		this.timedOut = cause instanceof HttpTimeoutException && !(cause instanceof HttpConnectTimeoutException);
	}

	/** Whether it was reached but too slow, rather than not reached at all. */
	boolean timedOut() {
		return this.timedOut;
	}

}

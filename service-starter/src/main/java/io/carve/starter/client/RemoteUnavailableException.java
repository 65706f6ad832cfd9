package io.carve.starter.client;

import java.time.Duration;

/** No usable answer came back from the callee; {@link #reason()} says why. */
public class RemoteUnavailableException extends RemoteCallException {

	/** Why no answer came. */
	public enum Reason {

		/** Recent calls failed so often that calls are refused for a while without trying. */
		CIRCUIT_OPEN("its circuit breaker is open after repeated failures"),

		/** As many calls as allowed are already in flight. */
		BULKHEAD_FULL("too many calls to it are already in flight"),

		/** No instance could be reached, or none is listed. */
		UNREACHABLE("none of its instances could be reached"),

		/** It did not answer within the read timeout. */
		TIMED_OUT("it did not answer in time"),

		/** It answered something that is not HTTP or not the expected payload. */
		BROKEN_ANSWER("its answer could not be read");

		private final String description;

		Reason(String description) {
			this.description = description;
		}

		/** Whether the call was refused on this side, without trying the callee. */
		public boolean madeNoCall() {
			return this == CIRCUIT_OPEN || this == BULKHEAD_FULL;
		}

		/** The reason in words, to finish "The call to X failed: ...". */
		public String description() {
			return this.description;
		}

	}

	private final Reason reason;

	private final Duration retryAfter;

	public RemoteUnavailableException(String service, Reason reason, Duration retryAfter, Throwable cause) {
		super(service, service + " is unavailable: " + reason.description()
				+ ((cause != null && cause.getMessage() != null) ? " (" + cause.getMessage() + ")" : ""), cause);
		this.reason = reason;
		this.retryAfter = retryAfter;
	}

	/** Why no answer came. */
	public Reason reason() {
		return this.reason;
	}

	/** How long a caller should wait before trying again. */
	public Duration retryAfter() {
		return this.retryAfter;
	}

}

package io.carve.starter.client;

/** A call to another platform service that did not succeed; names the service it went to. */
public abstract class RemoteCallException extends RuntimeException {

	private final String service;

	RemoteCallException(String service, String message, Throwable cause) {
		super(message, cause);
		this.service = service;
	}

	/** The service id of the callee, such as {@code model-service}. */
	public String service() {
		return this.service;
	}

}

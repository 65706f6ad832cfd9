package io.carve.model.cli;

/** A failed command's cause in one line for the terminal: the root cause's message, no stack trace. */
final class FailureMessages {

	private FailureMessages() {
	}

	static String of(Throwable failure) {
		String message = failure.getMessage();
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
			if (cause.getMessage() != null) {
				message = cause.getMessage();
			}
		}
		String first = (failure.getMessage() != null) ? failure.getMessage() : failure.getClass().getSimpleName();
		return first.equals(message) || message == null ? first : first + " (cause: " + message + ")";
	}

}

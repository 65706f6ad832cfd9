package io.carve.starter.client;

import java.util.UUID;

import feign.RequestInterceptor;
import feign.RequestTemplate;
import io.github.resilience4j.core.functions.CheckedSupplier;

/**
 * Sends an {@code Idempotency-Key} (IETF httpapi draft) with every POST of a Feign client that has
 * none: a fresh random one per call, the same on each of that call's retries, so a create that was
 * stored but whose answer was lost is not stored twice. The platform retries a POST only when it
 * never left ({@link TransientFailure}); the key is what makes the caller's own retry safe too,
 * once it passes the key on (the callee answers a repeat as it answered the first).
 */
public class IdempotencyKeyInterceptor implements RequestInterceptor {

	/** The header, as the draft names it. */
	public static final String HEADER = "Idempotency-Key";

	private static final ThreadLocal<String> CALL_KEY = new ThreadLocal<>();

	@Override
	public void apply(RequestTemplate template) {
		if (!"POST".equals(template.method()) || template.headers().containsKey(HEADER)) {
			return;
		}
		String key = CALL_KEY.get();
		template.header(HEADER, "\"" + ((key != null) ? key : UUID.randomUUID().toString()) + "\"");
	}

	/**
	 * Runs one call, retries included, with one key: the attempts happen on this thread, each one
	 * through {@link #apply}.
	 */
	static <T> T oneKeyFor(CheckedSupplier<T> call) throws Throwable {
		String outer = CALL_KEY.get();
		CALL_KEY.set(UUID.randomUUID().toString());
		try {
			return call.get();
		}
		finally {
			if (outer != null) {
				CALL_KEY.set(outer);
			}
			else {
				CALL_KEY.remove();
			}
		}
	}

}

package io.carve.gateway.shadow;

/** Compares the monolith's answer to a read with the new service's, beside the client's request. */
public interface ShadowReads {

	/**
	 * Called on the request thread after the client has its answer; returns at once. May sample,
	 * skip, and runs {@code candidate} on its own bulkhead with its own deadline; never throws.
	 * @param route the route's name ("custom")  @param request method and path with query, e.g. "GET /api/custom/3"
	 * @param accept the client's Accept header or null  @param legacy the monolith's answer
	 */
	void compare(String route, String request, String accept, Answer legacy, java.util.function.Supplier<Answer> candidate);

}

package io.carve.gateway.routes;

/** Who serves a migrated route: set per route in {@code gateway.routes.<route>.mode}. */
public enum RouteMode {

	/** The monolith, as any route never migrated: proxied unchanged, authenticated by the monolith. */
	LEGACY,

	/**
	 * The monolith answers the client; each read also goes to the new service in the background
	 * and the two answers are compared. Writes go to the monolith alone.
	 */
	SHADOW,

	/** The new service, through the gateway's migrated handlers, authenticated at the edge. */
	MIGRATED

}

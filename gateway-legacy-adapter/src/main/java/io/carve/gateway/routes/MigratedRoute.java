package io.carve.gateway.routes;

import java.util.List;
import java.util.function.Supplier;

import io.carve.gateway.shadow.Answer;

/**
 * A route carved out of the monolith: the paths it covers and what the new service answers to a
 * read on them. One bean per route; {@link RouteModes} gives each its mode.
 */
public interface MigratedRoute {

	/** Its name in {@code gateway.routes.<name>.mode}. */
	String name();

	/** Path patterns of every request of the route, all sent to the monolith in legacy and shadow mode. */
	List<String> paths();

	/**
	 * What the route in migrated mode would answer to a read, computed when called (on the shadow's
	 * own threads, after the client's request has ended: so from these values, not the request); null
	 * when the request is no read that the migrated route serves.
	 */
	Supplier<Answer> candidate(String method, String path, String accept);

}

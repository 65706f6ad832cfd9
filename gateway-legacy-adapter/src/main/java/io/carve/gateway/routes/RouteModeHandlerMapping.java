package io.carve.gateway.routes;

import java.util.List;

import io.carve.gateway.legacy.LegacyProxy;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Sends the requests of a route in legacy or shadow mode to the monolith, ahead of the migrated
 * controllers; a route in migrated mode is left to them. It carries none of the controllers'
 * interceptors: the monolith, not the edge, authenticates the routes it serves.
 */
@Component
class RouteModeHandlerMapping extends AbstractHandlerMapping {

	/** The request attribute naming the route a shadowed request belongs to. */
	static final String ROUTE = RouteModeHandlerMapping.class.getName() + ".route";

	private final RouteModes modes;

	private final List<Route> routes;

	private final HandlerMethod legacy;

	private final HandlerMethod shadow;

	RouteModeHandlerMapping(RouteModes modes, List<MigratedRoute> routes, LegacyProxy proxy, ShadowingProxy shadowing)
			throws NoSuchMethodException {
		this.modes = modes;
		this.routes = routes.stream()
			.map((route) -> new Route(route, route.paths().stream().map(PathPatternParser.defaultInstance::parse).toList()))
			.toList();
		this.legacy = new HandlerMethod(proxy, LegacyProxy.HANDLER);
		this.shadow = new HandlerMethod(shadowing, ShadowingProxy.HANDLER);
		// Before the controllers' mappings (0), after Actuator's (-100), which never share a path with a route.
		setOrder(-1);
	}

	@Override
	protected Object getHandlerInternal(HttpServletRequest request) {
		PathContainer path = RequestPath.parse(request.getRequestURI(), request.getContextPath()).pathWithinApplication();
		for (Route route : this.routes) {
			if (route.matches(path)) {
				return switch (this.modes.mode(route.route().name())) {
					case LEGACY -> this.legacy;
					case SHADOW -> {
						request.setAttribute(ROUTE, route.route());
						yield this.shadow;
					}
					case MIGRATED -> null;
				};
			}
		}
		return null;
	}

	private record Route(MigratedRoute route, List<PathPattern> patterns) {

		boolean matches(PathContainer path) {
			return this.patterns.stream().anyMatch((pattern) -> pattern.matches(path));
		}

	}

}

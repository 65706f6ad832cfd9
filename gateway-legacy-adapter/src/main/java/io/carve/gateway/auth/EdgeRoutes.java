package io.carve.gateway.auth;

import java.util.List;
import java.util.Locale;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Which requests the edge authenticates: those whose path matches {@code gateway.auth.routes},
 * less the anonymous routes, matched on the path as Spring MVC routes it, so that every spelling
 * that reaches a migrated controller is authenticated.
 */
final class EdgeRoutes {

	private final List<PathPattern> authenticated;

	private final List<Anonymous> anonymous;

	EdgeRoutes(List<String> routes, List<String> anonymousRoutes) {
		this.authenticated = routes.stream().map(PathPatternParser.defaultInstance::parse).toList();
		this.anonymous = anonymousRoutes.stream().map(Anonymous::parse).toList();
	}

	/** Whether a request with this method and path needs the edge's verdict. */
	boolean authenticates(String method, PathContainer path) {
		return this.authenticated.stream().anyMatch((pattern) -> pattern.matches(path))
				&& this.anonymous.stream().noneMatch((route) -> route.matches(method, path));
	}

	/** The same, for a path as the API description writes it ({@code /api/custom/{id}}). */
	boolean authenticates(String method, String path) {
		return authenticates(method, PathContainer.parsePath(path));
	}

	/** A route served without authentication: a path pattern, for one method or for all. */
	private record Anonymous(String method, PathPattern pattern) {

		static Anonymous parse(String route) {
			String[] parts = route.trim().split("\\s+");
			if (parts.length == 1 && parts[0].startsWith("/")) {
				return new Anonymous(null, PathPatternParser.defaultInstance.parse(parts[0]));
			}
			if (parts.length == 2 && parts[0].matches("[A-Za-z]+") && parts[1].startsWith("/")) {
				return new Anonymous(parts[0].toUpperCase(Locale.ROOT), PathPatternParser.defaultInstance.parse(parts[1]));
			}
			throw new IllegalArgumentException("gateway.auth.anonymous-routes: '" + route
					+ "' is not a path pattern, optionally after a method, such as 'GET /api/custom/*'");
		}

		boolean matches(String requestMethod, PathContainer path) {
			return (this.method == null || this.method.equalsIgnoreCase(requestMethod)) && this.pattern.matches(path);
		}

	}

}

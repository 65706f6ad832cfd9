package io.carve.gateway.edge;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets through only paths in their one normal spelling, and refuses every other with a 400
 * problem before anything routes them: dot segments ({@code /x/../api}, {@code %2e%2e}), empty
 * segments ({@code //api}), encoded slashes and backslashes, and {@code ;} path parameters.
 * Routing matches the decoded, normalized path while the proxy forwards the raw one, so another
 * spelling of a migrated path would pass the migrated routes' refusal of writes and reach the
 * monolith, which would read it as the migrated path. Refusing, rather than rewriting, means the
 * path the monolith gets is always the path the gateway routed.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class PathNormalizationFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(PathNormalizationFilter.class);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String refusal = refusalOf(request.getRequestURI());
		if (refusal != null) {
			log.info("{} {} refused before routing: {}", request.getMethod(), request.getRequestURI(), refusal);
			response.sendError(HttpStatus.BAD_REQUEST.value());
			return;
		}
		chain.doFilter(request, response);
	}

	/** Why this raw path is not in its normal spelling, or {@code null} if it is. */
	static String refusalOf(String rawPath) {
		if (rawPath == null || !rawPath.startsWith("/")) {
			return "not an absolute path";
		}
		String lower = rawPath.toLowerCase(Locale.ROOT);
		if (lower.contains("\\") || lower.contains("%5c")) {
			return "a backslash";
		}
		if (lower.contains("%2f")) {
			return "an encoded slash";
		}
		if (lower.contains(";") || lower.contains("%3b")) {
			return "a path parameter";
		}
		if (lower.contains("%00")) {
			return "an encoded NUL";
		}
		if (lower.contains("//")) {
			return "an empty segment";
		}
		for (String segment : lower.split("/", -1)) {
			String decoded = segment.replace("%2e", ".");
			if (decoded.equals(".") || decoded.equals("..")) {
				return "a dot segment";
			}
		}
		return null;
	}

}

package io.carve.gateway.routes;

import java.io.IOException;
import java.lang.reflect.Method;
import java.util.function.Supplier;

import io.carve.gateway.legacy.LegacyProxy;
import io.carve.gateway.shadow.Answer;
import io.carve.gateway.shadow.ShadowReads;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.util.ReflectionUtils;

/**
 * A route in shadow mode: every request goes to the monolith, once, and its answer to the client
 * unchanged. A read that the migrated route serves is captured as it streams past, and once the
 * client has all of it, handed to {@link ShadowReads} with what the new service would have answered.
 */
@Component
class ShadowingProxy {

	static final Method HANDLER = ReflectionUtils.findMethod(ShadowingProxy.class, "proxy", HttpServletRequest.class,
			HttpServletResponse.class);

	/** The most of a monolith's answer kept to compare; a longer one is passed on and not compared. */
	static final int MAX_CAPTURED = 256 * 1024;

	private final LegacyProxy proxy;

	private final ShadowReads shadowReads;

	ShadowingProxy(LegacyProxy proxy, ShadowReads shadowReads) {
		this.proxy = proxy;
		this.shadowReads = shadowReads;
	}

	public void proxy(HttpServletRequest request, HttpServletResponse response) throws IOException {
		MigratedRoute route = (MigratedRoute) request.getAttribute(RouteModeHandlerMapping.ROUTE);
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		Supplier<Answer> candidate = (route != null)
				? route.candidate(request.getMethod(), request.getRequestURI(), accept) : null;
		if (candidate == null) {
			this.proxy.proxy(request, response);
			return;
		}
		CapturingResponse capture = new CapturingResponse(response, MAX_CAPTURED);
		this.proxy.proxy(request, capture);
		// The client has the whole answer before any comparison begins.
		response.flushBuffer();
		Answer legacy = capture.answer();
		if (legacy != null) {
			String query = request.getQueryString();
			this.shadowReads.compare(route.name(),
					request.getMethod() + " " + request.getRequestURI() + ((query != null) ? "?" + query : ""), accept,
					legacy, candidate);
		}
	}

}

package io.carve.gateway.legacy;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.coyote.CloseNowException;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Closes the client's connection when the answer being passed on broke off midway, so the client
 * sees a broken answer instead of a short one that looks complete. Spring MVC swallows such
 * failures inside the dispatcher (it takes them for a client that left), so the proxy marks the
 * request instead, and this filter, outside the dispatcher, tells Tomcat to close the connection
 * ({@link CloseNowException}, which Tomcat acts on without logging).
 */
@Component
class BrokenAnswerFilter extends OncePerRequestFilter {

	private static final String BROKEN = BrokenAnswerFilter.class.getName() + ".broken";

	/** Marks the answer to this request as broken off. */
	static void breakOff(HttpServletRequest request, IOException cause) {
		request.setAttribute(BROKEN, cause);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, response);
		if (request.getAttribute(BROKEN) instanceof IOException cause) {
			throw new CloseNowException("The answer being passed on broke off", cause);
		}
	}

}

package io.carve.starter.tls;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers only the callers listed in {@code carve.security.allowed-callers}: a request whose
 * client certificate (already verified against the CA by the TLS handshake) names none of them,
 * or that came without one, gets a 403 problem. Health stays open to anyone, for load balancers.
 */
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
public class AllowedCallersFilter extends OncePerRequestFilter {

	/** Where the servlet container puts the client's verified certificate chain. */
	static final String CERTIFICATES = "jakarta.servlet.request.X509Certificate";

	static final String TITLE = "Caller not allowed";

	private static final String HEALTH = "/actuator/health";

	private final Set<String> allowed;

	private final ProblemResponses problems;

	AllowedCallersFilter(List<String> allowed, ProblemResponses problems) {
		this.allowed = Set.copyOf(allowed);
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		X509Certificate caller = callerOf(request);
		if (isHealth(request) || (caller != null && isAllowed(caller))) {
			chain.doFilter(request, response);
			return;
		}
		String detail = (caller == null)
				? "This service answers only callers that present a client certificate; this request came without one."
				: "The caller's certificate (" + CallerNames.printable(nameOf(caller))
						+ ") is not among the callers this service accepts; its operators can add it.";
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, detail);
		problem.setTitle(TITLE);
		this.problems.write(problem, request, response);
	}

	/**
	 * Health answers to anyone: judged on the servlet path, which the container has decoded and
	 * normalized, so {@code /actuator/health/../prometheus} is not health.
	 */
	private static boolean isHealth(HttpServletRequest request) {
		String path = request.getServletPath() + ((request.getPathInfo() != null) ? request.getPathInfo() : "");
		return path.equals(HEALTH) || path.startsWith(HEALTH + "/");
	}

	private boolean isAllowed(X509Certificate caller) {
		return CallerNames.of(caller).stream().anyMatch(this.allowed::contains);
	}

	private static X509Certificate callerOf(HttpServletRequest request) {
		Object chain = request.getAttribute(CERTIFICATES);
		return (chain instanceof X509Certificate[] certificates && certificates.length > 0) ? certificates[0] : null;
	}

	private static String nameOf(X509Certificate caller) {
		List<String> names = CallerNames.of(caller);
		return names.isEmpty() ? "without a name" : names.get(0);
	}

}

package io.carve.gateway.edge;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The gateway's own paths, by any method, are its own: what it does not serve on the public port
 * is a 404 here, never passed to the monolith. Without this, {@code POST /actuator/shutdown} or
 * an Actuator endpoint the gateway does not expose would fall through to the proxy, and the
 * monolith's own actuator or admin pages behind those paths would be the public's.
 */
@Hidden
@RestController
class OwnEndpoints {

	@RequestMapping({ "/actuator", "/actuator/**", "/v3/**", "/swagger-ui/**", "/swagger-ui.html", "/error/**" })
	void refuse(HttpServletRequest request) {
		throw new NotServedHere();
	}

	/** Nothing of the gateway's own is served at this path, on this port. */
	static class NotServedHere extends ErrorResponseException {

		NotServedHere() {
			super(HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
					"Nothing is served at this path."), null);
		}

	}

}

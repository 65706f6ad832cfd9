package io.carve.gateway.edge;

import java.util.Map;

import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Health on the public port, for load balancers and the platform's probes: the status alone, 200
 * when up and 503 otherwise. The rest of Actuator (components, metrics, info) is served only on
 * the management port ({@code management.server.port}, bound to loopback).
 */
@Hidden
@RestController
class PublicHealth {

	/** Absent where an operator switched Actuator's health off (or its port, with -1). */
	private final ObjectProvider<HealthEndpoint> health;

	PublicHealth(ObjectProvider<HealthEndpoint> health) {
		this.health = health;
	}

	@GetMapping("/actuator/health")
	ResponseEntity<Map<String, String>> health() {
		return answer(endpoint().health());
	}

	/** Only the probe groups: other paths would name the gateway's components. */
	@GetMapping("/actuator/health/{group:liveness|readiness}")
	ResponseEntity<Map<String, String>> group(@PathVariable String group) {
		HealthDescriptor descriptor = endpoint().healthForPath(group);
		if (descriptor == null) {
			throw new OwnEndpoints.NotServedHere();
		}
		return answer(descriptor);
	}

	private HealthEndpoint endpoint() {
		HealthEndpoint endpoint = this.health.getIfAvailable();
		if (endpoint == null) {
			throw new OwnEndpoints.NotServedHere();
		}
		return endpoint;
	}

	private static ResponseEntity<Map<String, String>> answer(HealthDescriptor descriptor) {
		Status status = descriptor.getStatus();
		HttpStatus code = Status.UP.equals(status) ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE;
		return ResponseEntity.status(code).contentType(MediaType.APPLICATION_JSON).body(Map.of("status", status.getCode()));
	}

}

package io.carve.gateway.auth;

import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Declares the edge authentication in the API description: its security schemes, and on each
 * authenticated operation the schemes that let it through, any one of them sufficing.
 */
class EdgeAuthOpenApi implements OpenApiCustomizer {

	private final Map<String, SecurityScheme> schemes;

	private final EdgeRoutes routes;

	EdgeAuthOpenApi(Map<String, SecurityScheme> schemes, EdgeRoutes routes) {
		this.schemes = schemes;
		this.routes = routes;
	}

	/** The monolith's session cookie, or a token it issued: the monolith judges either. */
	static Map<String, SecurityScheme> monolith(String sessionCookie) {
		return Map.of("monolithSession", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
			.in(SecurityScheme.In.COOKIE)
			.name(sessionCookie)
			.description("The monolith's session cookie, as the monolith set it at sign-in; the gateway asks the"
					+ " monolith whether it is valid."), "monolithToken",
				new SecurityScheme().type(SecurityScheme.Type.HTTP)
					.scheme("bearer")
					.description("A token the monolith issued; the gateway asks the monolith whether it is valid."));
	}

	/** A bearer JWT of the configured issuer. */
	static Map<String, SecurityScheme> jwt() {
		return Map.of("jwt", new SecurityScheme().type(SecurityScheme.Type.HTTP)
			.scheme("bearer")
			.bearerFormat("JWT")
			.description("A JWT of the configured issuer, signed by one of its keys, not expired."));
	}

	@Override
	public void customise(OpenAPI api) {
		if (this.schemes.isEmpty() || api.getPaths() == null) {
			return;
		}
		if (api.getComponents() == null) {
			api.setComponents(new Components());
		}
		this.schemes.forEach(api.getComponents()::addSecuritySchemes);
		api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			if (this.routes.authenticates(method.name(), path)) {
				this.schemes.keySet()
					.stream()
					.sorted()
					.forEach((name) -> operation.addSecurityItem(new SecurityRequirement().addList(name)));
			}
		}));
	}

}

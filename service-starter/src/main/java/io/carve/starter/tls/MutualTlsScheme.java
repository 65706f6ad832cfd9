package io.carve.starter.tls;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * The API description declares what callers need: a client certificate signed by the platform's
 * CA, as an OpenAPI 3.1 {@code mutualTLS} security scheme required by every operation. It
 * describes the service as deployed, so it is there whenever the service serves TLS once
 * configured ({@code carve.tls.server-enabled}), even in a local run without certificates.
 */
class MutualTlsScheme implements OpenApiCustomizer {

	static final String NAME = "mutualTLS";

	@Override
	public void customise(OpenAPI api) {
		if (api.getComponents() == null) {
			api.setComponents(new Components());
		}
		api.getComponents()
			.addSecuritySchemes(NAME, new SecurityScheme().type(SecurityScheme.Type.MUTUALTLS)
				.description("A client certificate signed by the platform's CA (the Puppet CA), whose name "
						+ "is among the service's allowed callers; others are refused at the handshake or with 403."));
		if (api.getSecurity() == null || api.getSecurity().stream().noneMatch((r) -> r.containsKey(NAME))) {
			api.addSecurityItem(new SecurityRequirement().addList(NAME));
		}
	}

}

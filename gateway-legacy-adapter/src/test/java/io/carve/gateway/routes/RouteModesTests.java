package io.carve.gateway.routes;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import io.carve.gateway.shadow.Answer;
import org.junit.jupiter.api.Test;

import org.springframework.cloud.context.environment.EnvironmentChangeEvent;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RouteModesTests {

	private static final List<MigratedRoute> ROUTES = List.of(new Route("custom"), new Route("orders"));

	@Test
	void aRouteWithoutAModeStaysMigratedAsBeforeModesExisted() {
		RouteModes modes = new RouteModes(new MockEnvironment().withProperty("gateway.routes.orders.mode", "Shadow"), ROUTES);
		assertThat(modes.mode("custom")).isEqualTo(RouteMode.MIGRATED);
		assertThat(modes.mode("orders")).isEqualTo(RouteMode.SHADOW);
	}

	@Test
	void aModeThatDoesNotExistStopsTheStartAndSaysWhichAreAllowed() {
		MockEnvironment environment = new MockEnvironment().withProperty("gateway.routes.custom.mode", "sideways");
		assertThatIllegalArgumentException().isThrownBy(() -> new RouteModes(environment, ROUTES))
			.withMessage("gateway.routes.custom.mode: 'sideways' is not a route mode; use legacy, shadow, migrated");
	}

	@Test
	void aRouteThatDoesNotExistStopsTheStartAndNamesTheRoutes() {
		MockEnvironment environment = new MockEnvironment().withProperty("gateway.routes.custom-items.mode", "legacy");
		assertThatIllegalArgumentException().isThrownBy(() -> new RouteModes(environment, ROUTES))
			.withMessage("gateway.routes.custom-items: the gateway has no migrated route 'custom-items'; its routes are custom, orders");
	}

	@Test
	void aReloadSwapsTheModesAndABadOneKeepsThem() {
		MockEnvironment environment = new MockEnvironment().withProperty("gateway.routes.custom.mode", "legacy");
		RouteModes modes = new RouteModes(environment, ROUTES);
		environment.setProperty("gateway.routes.custom.mode", "shadow");
		modes.onApplicationEvent(new EnvironmentChangeEvent(Set.of("gateway.routes.custom.mode")));
		assertThat(modes.mode("custom")).isEqualTo(RouteMode.SHADOW);
		environment.setProperty("gateway.routes.custom.mode", "sideways");
		modes.onApplicationEvent(new EnvironmentChangeEvent(Set.of("gateway.routes.custom.mode")));
		assertThat(modes.mode("custom")).isEqualTo(RouteMode.SHADOW);
	}

	private record Route(String name) implements MigratedRoute {

		@Override
		public List<String> paths() {
			return List.of("/api/" + this.name);
		}

		@Override
		public Supplier<Answer> candidate(String method, String path, String accept) {
			return null;
		}

	}

}

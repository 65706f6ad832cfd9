package io.carve.gateway.auth;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Which requests the edge authenticates. */
class EdgeRoutesTests {

	@Test
	void authenticatesEveryPathUnderTheMigratedPrefixAndTheCollectionItself() {
		EdgeRoutes routes = new EdgeRoutes(List.of("/api/custom/**"), List.of());

		assertThat(routes.authenticates("GET", "/api/custom")).isTrue();
		assertThat(routes.authenticates("POST", "/api/custom/1")).isTrue();
		assertThat(routes.authenticates("GET", "/api/custom/a/b")).isTrue();
		assertThat(routes.authenticates("GET", "/api/customers")).isFalse();
		assertThat(routes.authenticates("GET", "/legacy/echo")).isFalse();
	}

	@Test
	void letsAnAnonymousRouteThroughForItsMethodOnlyOrForAllWithoutOne() {
		EdgeRoutes routes = new EdgeRoutes(List.of("/api/custom/**"), List.of("get /api/custom/*", "/api/custom/public/**"));

		assertThat(routes.authenticates("GET", "/api/custom/1")).isFalse();
		assertThat(routes.authenticates("DELETE", "/api/custom/1")).isTrue();
		assertThat(routes.authenticates("GET", "/api/custom")).isTrue();
		assertThat(routes.authenticates("POST", "/api/custom/public/x")).isFalse();
	}

	@Test
	void refusesAnAnonymousRouteThatIsNotAPathPattern() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new EdgeRoutes(List.of("/api/custom/**"), List.of("GET api/custom")))
			.withMessageContaining("'GET api/custom'");
	}

}

package io.carve.starter.data;

import org.junit.jupiter.api.Test;

import org.springframework.web.ErrorResponseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class VersionsTests {

	@Test
	void acceptsNoIfMatchTheCurrentTagAWildcardOrAListContainingIt() {
		assertThatNoException().isThrownBy(() -> Versions.requireMatch(null, 3));
		assertThatNoException().isThrownBy(() -> Versions.requireMatch("\"3\"", 3));
		assertThatNoException().isThrownBy(() -> Versions.requireMatch("*", 3));
		assertThatNoException().isThrownBy(() -> Versions.requireMatch("\"1\", \"3\"", 3));
	}

	@Test
	void refusesAStaleTagWith412NamingTheCurrentOne() {
		assertThatExceptionOfType(ErrorResponseException.class).isThrownBy(() -> Versions.requireMatch("\"2\"", 3))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode().value()).isEqualTo(412);
				assertThat(ex.getBody().getDetail()).contains("its ETag is now \"3\"");
			});
	}

	@Test
	void neverMatchesAWeakTag() {
		assertThatExceptionOfType(ErrorResponseException.class).isThrownBy(() -> Versions.requireMatch("W/\"3\"", 3))
			.satisfies((ex) -> assertThat(ex.getStatusCode().value()).isEqualTo(412));
	}

	@Test
	void explainsAnIfMatchThatIsNoEntityTag() {
		assertThatExceptionOfType(ErrorResponseException.class).isThrownBy(() -> Versions.requireMatch("3", 3))
			.satisfies((ex) -> assertThat(ex.getBody().getDetail()).contains("is not a list of entity tags"));
	}

}

package io.carve.gateway.edge;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PathNormalizationFilterTests {

	@Test
	void letsPathsInTheirNormalSpellingThrough() {
		assertThat(PathNormalizationFilter.refusalOf("/")).isNull();
		assertThat(PathNormalizationFilter.refusalOf("/api/custom/1")).isNull();
		assertThat(PathNormalizationFilter.refusalOf("/legacy/echo/")).isNull();
		assertThat(PathNormalizationFilter.refusalOf("/files/a.b/..c/x%20y")).isNull();
	}

	@Test
	void refusesDotSegmentsHoweverTheyAreSpelled() {
		assertThat(PathNormalizationFilter.refusalOf("/x/../api/custom/1")).isEqualTo("a dot segment");
		assertThat(PathNormalizationFilter.refusalOf("/api/./custom")).isEqualTo("a dot segment");
		assertThat(PathNormalizationFilter.refusalOf("/x/%2e%2E/api")).isEqualTo("a dot segment");
		assertThat(PathNormalizationFilter.refusalOf("/x/.%2e")).isEqualTo("a dot segment");
		assertThat(PathNormalizationFilter.refusalOf("/api/..")).isEqualTo("a dot segment");
	}

	@Test
	void refusesEmptySegmentsEncodedSlashesBackslashesAndPathParameters() {
		assertThat(PathNormalizationFilter.refusalOf("//api/custom/1")).isEqualTo("an empty segment");
		assertThat(PathNormalizationFilter.refusalOf("/api//custom")).isEqualTo("an empty segment");
		assertThat(PathNormalizationFilter.refusalOf("/api%2Fcustom")).isEqualTo("an encoded slash");
		assertThat(PathNormalizationFilter.refusalOf("/api\\custom")).isEqualTo("a backslash");
		assertThat(PathNormalizationFilter.refusalOf("/api%5ccustom")).isEqualTo("a backslash");
		assertThat(PathNormalizationFilter.refusalOf("/api/custom;x=1/1")).isEqualTo("a path parameter");
		assertThat(PathNormalizationFilter.refusalOf("/api/custom/1%3Bx")).isEqualTo("a path parameter");
		assertThat(PathNormalizationFilter.refusalOf("/api/custom%00")).isEqualTo("an encoded NUL");
	}

}

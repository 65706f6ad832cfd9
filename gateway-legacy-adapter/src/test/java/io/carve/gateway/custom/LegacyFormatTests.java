package io.carve.gateway.custom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Expected answers are Werkzeug's best_match over [application/json, application/xml]. */
class LegacyFormatTests {

	@ParameterizedTest(name = "Accept: {0} -> {1}")
	@CsvSource(delimiter = '|', nullValues = "none", value = {
			"none | JSON",
			"'' | JSON",
			"*/* | JSON",
			"application/xml | XML",
			"text/xml | JSON",
			"application/json | JSON",
			"application/xml, application/json | JSON",
			"application/json;q=0.5, application/xml | XML",
			"application/xml, */* | XML",
			"application/*, application/xml;q=0.9 | JSON",
			"text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | XML",
			"application/xml;q=0 | JSON",
			"text/html | JSON",
			"not a media type | JSON" })
	void picksTheFormatTheMonolithPicked(String accept, LegacyFormat expected) {
		assertThat(LegacyFormat.forAccept(accept)).isEqualTo(expected);
	}

}

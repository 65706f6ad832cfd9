package io.carve.starter.data;

import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class StorableTextTests {

	private static ValidatorFactory factory;

	private static Validator validator;

	record Named(@StorableText String name) {
	}

	@BeforeAll
	static void startValidation() {
		factory = Validation.buildDefaultValidatorFactory();
		validator = factory.getValidator();
	}

	@AfterAll
	static void stopValidation() {
		factory.close();
	}

	@ParameterizedTest
	@ValueSource(strings = { "plain", "tab\tline\nreturn\r", "é ü 漢字 \uD83D\uDE00", "\uFFFD", "" })
	void acceptsTextXmlCarriesIncludingTabLineFeedReturnAndSupplementaryCharacters(String text) {
		assertThat(validator.validate(new Named(text))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "nul\u0000", "ctl\u0001", "esc\u001b[31mred", "vt\u000b", "del\u007f", "csi\u009b",
			"lone\uD800", "low\uDC00x", "nc\uFFFE", "nc\uFFFF" })
	void refusesControlCharactersUnpairedSurrogatesAndXmlNonCharacters(String text) {
		assertThat(validator.validate(new Named(text))).hasSize(1);
	}

	@Test
	void namesTheFirstOffendingCharacterAndWhereItIs() {
		Set<ConstraintViolation<Named>> violations = validator.validate(new Named("ctl\u0001\u001b[31mred"));
		assertThat(violations).singleElement()
			.extracting(ConstraintViolation::getMessage)
			.asString()
			.startsWith("must not contain the control character U+0001 (character 4);")
			.contains("other than tab, line feed and carriage return");
	}

	@Test
	void namesANulAndAnUnpairedSurrogateForWhatTheyAre() {
		assertThat(validator.validate(new Named("\u0000"))).singleElement()
			.extracting(ConstraintViolation::getMessage)
			.asString()
			.startsWith("must not contain a NUL character (U+0000) (character 1)");
		assertThat(validator.validate(new Named("ab\uDFFF"))).singleElement()
			.extracting(ConstraintViolation::getMessage)
			.asString()
			.startsWith("must not contain an unpaired surrogate (U+DFFF) (character 3)");
	}

	@Test
	void acceptsNoTextAtAllLeavingThatToNotNull() {
		assertThat(validator.validate(new Named(null))).isEmpty();
	}

}

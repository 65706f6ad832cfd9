package io.carve.starter.json;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class StrictJsonAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(StrictJsonAutoConfiguration.class, JacksonAutoConfiguration.class));

	@Test
	void refusesNumbersAndBooleansForTextFieldsByDefault() {
		this.runner.run((context) -> {
			JsonMapper mapper = context.getBean(JsonMapper.class);
			assertThatExceptionOfType(MismatchedInputException.class)
				.isThrownBy(() -> mapper.readValue("{\"name\": 31415}", Named.class));
			assertThatExceptionOfType(MismatchedInputException.class)
				.isThrownBy(() -> mapper.readValue("{\"name\": 3.14}", Named.class));
			assertThatExceptionOfType(MismatchedInputException.class)
				.isThrownBy(() -> mapper.readValue("{\"name\": true}", Named.class));
			assertThat(mapper.readValue("{\"name\": \"31415\"}", Named.class)).isEqualTo(new Named("31415"));
		});
	}

	@Test
	void leavesTheServicesOwnMapperAsItIs() {
		this.runner.withBean(JsonMapper.class, () -> JsonMapper.builder().build()).run((context) -> {
			assertThat(context).hasSingleBean(JsonMapper.class);
			assertThat(context.getBean(JsonMapper.class).readValue("{\"name\": 31415}", Named.class))
				.isEqualTo(new Named("31415"));
		});
	}

	@Test
	void convertsAsJacksonDoesWhenSwitchedOff() {
		this.runner.withPropertyValues("carve.strict-json.enabled=false")
			.run((context) -> assertThat(context.getBean(JsonMapper.class).readValue("{\"name\": true}", Named.class))
				.isEqualTo(new Named("true")));
	}

	record Named(String name) {

	}

}

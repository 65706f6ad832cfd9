package io.carve.starter.cli;

import java.net.ConnectException;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanCreationException;

import static org.assertj.core.api.Assertions.assertThat;

class FailureMessagesTests {

	@Test
	void addsTheRootCauseWhenTheMessageDoesNotSayIt() {
		Exception failure = new IllegalStateException("Could not start",
				new RuntimeException("wrapper", new ConnectException("Connection refused")));

		assertThat(FailureMessages.of(failure)).isEqualTo("Could not start (cause: Connection refused)");
	}

	@Test
	void keepsTheExplanationButDropsTablesOfDetails() {
		Exception failure = new IllegalStateException("""
				Validate failed: Migrations have failed validation
				Migration checksum mismatch for migration version 1

				---------------
				SQL State  : 08001
				""");

		assertThat(FailureMessages.of(failure)).isEqualTo(
				"Validate failed: Migrations have failed validation" + System.lineSeparator()
						+ "  Migration checksum mismatch for migration version 1");
	}

	@Test
	void reportsWhatFailedABeanRatherThanTheBean() {
		Exception failure = new BeanCreationException("dataSource", "Error creating bean with name 'dataSource'",
				new IllegalStateException("No database is configured"));

		assertThat(FailureMessages.of(failure)).isEqualTo("No database is configured");
	}

	@Test
	void namesTheFailureWhenItHasNoMessage() {
		assertThat(FailureMessages.of(new NullPointerException())).isEqualTo("NullPointerException");
	}

}

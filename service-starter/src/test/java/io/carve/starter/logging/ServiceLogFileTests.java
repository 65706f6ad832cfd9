package io.carve.starter.logging;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceLogFileTests {

	private final ServiceLogFile logFile = new ServiceLogFile();

	@Test
	void namesTheFileAfterTheServiceInTheConfiguredDirectory() {
		MockEnvironment environment = new MockEnvironment().withProperty("spring.application.name", "model-service")
			.withProperty("logging.file.path", "/var/log/model-service");

		this.logFile.postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("logging.file.name")).isEqualTo("/var/log/model-service/model-service.log");
	}

	@Test
	void leavesAnExplicitFileNameAlone() {
		MockEnvironment environment = new MockEnvironment().withProperty("logging.file.path", "/var/log/x")
			.withProperty("logging.file.name", "/tmp/mine.log");

		this.logFile.postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("logging.file.name")).isEqualTo("/tmp/mine.log");
	}

	@Test
	void logsToNoFileWithoutADirectory() {
		MockEnvironment environment = new MockEnvironment();

		this.logFile.postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("logging.file.name")).isNull();
	}

}

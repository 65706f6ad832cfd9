package io.carve.model;

import io.carve.model.cli.ServiceCommandLine;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** model-service: models and their values, the platform's reference service. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ModelServiceApplication {

	/** Runs the service command line; with no command it serves HTTP. */
	public static void main(String[] args) {
		ServiceCommandLine commandLine = ServiceCommandLine.standard();
		int exitCode = commandLine.execute(args);
		if (!commandLine.isServing()) {
			System.exit(exitCode);
		}
	}

}

package io.carve.model;

import io.carve.starter.cli.ServiceCommandLine;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** model-service: models and their values, the platform's reference service. */
@SpringBootApplication
public class ModelServiceApplication {

	/** Runs the platform's command line; with no command it serves HTTP. */
	public static void main(String[] args) {
		ServiceCommandLine.run(ModelServiceApplication.class, args);
	}

}

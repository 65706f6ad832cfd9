package io.carve.billing;

import io.carve.starter.cli.ServiceCommandLine;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** billing-service, a service of the Carve platform: its features are the packages beside this class. */
@SpringBootApplication
public class BillingServiceApplication {

	/** Runs the platform's command line; with no command it serves HTTP. */
	public static void main(String[] args) {
		ServiceCommandLine.run(BillingServiceApplication.class, args);
	}

}

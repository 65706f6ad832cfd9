package io.carve.gateway;

import io.carve.contracts.model.ModelServiceClient;
import io.carve.starter.cli.ServiceCommandLine;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.cloud.openfeign.EnableFeignClients;

/** The legacy monolith's front door: migrated routes from the platform's services, the rest proxied. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableFeignClients(clients = ModelServiceClient.class)
public class GatewayApplication {

	/** Runs the platform's command line; with no command it serves HTTP. */
	public static void main(String[] args) {
		ServiceCommandLine.run(GatewayApplication.class, args);
	}

}

package io.carve.gateway;

import io.carve.contracts.model.ModelServiceClient;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.cloud.openfeign.EnableFeignClients;

/** The legacy monolith's front door: migrated routes from the platform's services, the rest proxied. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableFeignClients(clients = ModelServiceClient.class)
public class GatewayApplication {

	public static void main(String[] args) {
		SpringApplication.run(GatewayApplication.class, args);
	}

}

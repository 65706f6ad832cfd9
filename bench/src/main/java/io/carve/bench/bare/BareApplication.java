package io.carve.bench.bare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The floor of the benchmark: Spring MVC on Tomcat, the stack of the platform's services, with
 * one endpoint that answers a fixed model at once. With a delay set it stands in for a slow
 * model-service instead.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class BareApplication {

	public static void main(String[] args) {
		SpringApplication.run(BareApplication.class, args);
	}

}

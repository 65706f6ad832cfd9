package com.example.fulfilment.warehouse.v2.order2.events;

import io.carve.contracts.model.ModelServiceClient;
import io.carve.starter.cli.ServiceCommandLine;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.cloud.openfeign.EnableFeignClients;

/** order2-fulfilment-events-svc9-x1, a service of the Carve platform: its features are the packages beside this class. */
@SpringBootApplication
@EnableFeignClients(clients = ModelServiceClient.class)
public class Order2FulfilmentEventsSvc9X1Application {

	/** Runs the platform's command line; with no command it serves HTTP. */
	public static void main(String[] args) {
		ServiceCommandLine.run(Order2FulfilmentEventsSvc9X1Application.class, args);
	}

}

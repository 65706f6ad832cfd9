package com.example.fulfilment.warehouse.v2.order2.events.greetings;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonRootName;

/** A greeting as the API shows it; {@code url} is relative to the service root. */
@JsonRootName("greeting")
@JsonPropertyOrder({ "id", "message", "createdAt", "updatedAt", "url" })
record GreetingView(long id, String message, Instant createdAt, Instant updatedAt, String url) {

	static GreetingView of(Greeting greeting) {
		return new GreetingView(greeting.getId(), greeting.getMessage(), greeting.getCreatedAt(),
				greeting.getUpdatedAt(), GreetingController.pathOf(greeting.getId()));
	}

}

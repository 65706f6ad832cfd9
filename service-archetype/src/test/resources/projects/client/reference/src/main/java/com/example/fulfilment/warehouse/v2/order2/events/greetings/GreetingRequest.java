package com.example.fulfilment.warehouse.v2.order2.events.greetings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonRootName;
import io.carve.starter.data.StorableText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a client sends to create a greeting. Read-only fields of {@link GreetingView} are accepted
 * and ignored; any other unknown field is rejected.
 */
@JsonRootName("greeting")
@JsonIgnoreProperties({ "id", "url", "createdAt", "updatedAt" })
record GreetingRequest(@NotBlank @Size(max = 255) @StorableText String message) {

}

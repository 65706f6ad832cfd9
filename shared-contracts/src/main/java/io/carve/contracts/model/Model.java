package io.carve.contracts.model;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A model as model-service answers it; fields added by the provider later are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Model(long id, String name, ModelType type, Instant createdAt, Instant updatedAt, String url) {

}

package io.carve.contracts.model;

/** What a consumer sends to create a model. */
public record NewModel(String name, ModelType type) {

}

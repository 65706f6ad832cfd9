package io.carve.model.models;

/** The kind of a model, as in the legacy schema. */
public enum ModelType {

	GROUP, USER

}

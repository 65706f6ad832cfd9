package io.carve.contracts.model;

/** The kind of a model. */
public enum ModelType {

	GROUP, USER

}

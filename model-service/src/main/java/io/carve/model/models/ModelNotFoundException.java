package io.carve.model.models;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** No model has the requested id. */
public class ModelNotFoundException extends ErrorResponseException {

	public ModelNotFoundException(long id) {
		super(HttpStatus.NOT_FOUND);
		getBody().setTitle("Model not found");
		getBody().setDetail("There is no model with id " + id + ". List models with GET /api/v1/models.");
	}

}

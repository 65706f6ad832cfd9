package io.carve.model.values;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The model has no value with the requested id. */
class ValueNotFoundException extends ErrorResponseException {

	ValueNotFoundException(long modelId, long valueId) {
		super(HttpStatus.NOT_FOUND);
		getBody().setTitle("Value not found");
		getBody().setDetail("Model " + modelId + " has no value with id " + valueId + ". List its values with GET "
				+ ValueController.pathOf(modelId) + ".");
	}

}

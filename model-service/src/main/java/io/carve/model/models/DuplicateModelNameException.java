package io.carve.model.models;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** Another model already has the requested name. */
class DuplicateModelNameException extends ErrorResponseException {

	DuplicateModelNameException(String name) {
		super(HttpStatus.CONFLICT);
		getBody().setTitle("Duplicate model name");
		getBody().setDetail("A model named '" + name + "' already exists; model names are unique.");
	}

}

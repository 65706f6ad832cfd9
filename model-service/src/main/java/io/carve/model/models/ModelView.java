package io.carve.model.models;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import tools.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/** A model as the API shows it; {@code url} is relative to the service root. */
@JacksonXmlRootElement(localName = "model")
@JsonPropertyOrder({ "id", "name", "type", "createdAt", "updatedAt", "url" })
public record ModelView(long id, String name, ModelType type, Instant createdAt, Instant updatedAt, String url) {

	static ModelView of(Model model) {
		return new ModelView(model.getId(), model.getName(), model.getType(), model.getCreatedAt(),
				model.getUpdatedAt(), ModelController.pathOf(model.getId()));
	}

}

package io.carve.model.values;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import tools.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/** A value as the API shows it; {@code url} is relative to the service root. */
@JacksonXmlRootElement(localName = "value")
@JsonPropertyOrder({ "id", "modelId", "value", "createdAt", "updatedAt", "url" })
public record ValueView(long id, long modelId, String value, Instant createdAt, Instant updatedAt, String url) {

	static ValueView of(ModelValue value) {
		return new ValueView(value.getId(), value.getModelId(), value.getValue(), value.getCreatedAt(),
				value.getUpdatedAt(), ValueController.pathOf(value.getModelId(), value.getId()));
	}

}

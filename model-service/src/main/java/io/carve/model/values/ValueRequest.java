package io.carve.model.values;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.carve.starter.data.StorableText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import tools.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/**
 * What a client sends to add or replace a value. Read-only fields of {@link ValueView} are
 * accepted and ignored; any other unknown field is rejected.
 */
@JacksonXmlRootElement(localName = "value")
@JsonIgnoreProperties({ "id", "modelId", "url", "createdAt", "updatedAt" })
public record ValueRequest(@NotNull @Size(max = 1024) @StorableText String value) {

}

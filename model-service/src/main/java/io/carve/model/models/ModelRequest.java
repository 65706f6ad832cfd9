package io.carve.model.models;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.carve.starter.data.StorableText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import tools.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/**
 * What a client sends to create or replace a model. Read-only fields of {@link ModelView} are
 * accepted and ignored; any other unknown field is rejected.
 */
@JacksonXmlRootElement(localName = "model")
@JsonIgnoreProperties({ "id", "url", "createdAt", "updatedAt" })
public record ModelRequest(@NotBlank @Size(max = 255) @StorableText String name, @NotNull ModelType type) {

}

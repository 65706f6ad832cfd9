package io.carve.gateway.custom;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.carve.contracts.model.Model;

/** The legacy {@code CustomSchema}: an id, a name and the item's relative URL. */
@JsonPropertyOrder({ "id", "name", "url" })
record CustomItem(long id, String name, String url) {

	static final String PATH = "/api/custom";

	static CustomItem of(Model model) {
		return new CustomItem(model.id(), model.name(), pathOf(model.id()));
	}

	static String pathOf(long id) {
		return PATH + "/" + id;
	}

}

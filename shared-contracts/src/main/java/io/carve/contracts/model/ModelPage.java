package io.carve.contracts.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One page of models, with what it takes to fetch the others. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ModelPage(List<Model> items, int page, int size, long totalElements, int totalPages) {

	/** Whether a page follows this one. */
	public boolean hasNext() {
		return this.page + 1 < this.totalPages;
	}

}

package io.carve.starter.data;

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import tools.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import tools.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import tools.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

import org.springframework.data.domain.Page;

/** One page of a list, with what a client needs to fetch the others. */
@JacksonXmlRootElement(localName = "page")
@JsonPropertyOrder({ "items", "page", "size", "totalElements", "totalPages" })
public record PageView<T>(@JacksonXmlElementWrapper(localName = "items") @JacksonXmlProperty(localName = "item") List<T> items,
		int page, int size, long totalElements, int totalPages) {

	/** The page of views of a page of entities. */
	public static <E, T> PageView<T> of(Page<E> page, Function<E, T> view) {
		return new PageView<>(page.getContent().stream().map(view).toList(), page.getNumber(), page.getSize(),
				page.getTotalElements(), page.getTotalPages());
	}

}

package io.carve.gateway.custom;

import java.util.List;

import io.carve.starter.openapi.ProblemAnswers;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The monolith's {@code /api/custom} API, migrated: served from model-service through its
 * contract client, in the JSON or XML the monolith answered, so its clients see no change.
 */
@RestController
@RequestMapping(CustomItem.PATH)
class CustomController {

	/*
	 * The bodies are written here as bytes, so the API description says what they are: JSON, or
	 * the monolith's XML when Accept prefers it, which no schema of the JSON describes.
	 */
	private static final String FORMATS = " JSON unless Accept prefers XML, then in the monolith's XML (dicttoxml's).";

	private static final String XML_SCHEMA = "The monolith's XML: <root> holding the fields of one item, each an element"
			+ " with a type attribute, or one <item type=\"dict\"> of them per item of a list.";

	/** The API description's examples of that XML; the tests hold them to what {@link LegacyXml} writes. */
	static final String XML_ITEM = "<?xml version=\"1.0\" encoding=\"UTF-8\" ?><root><id type=\"int\">1</id>"
			+ "<name type=\"str\">first</name><url type=\"str\">/api/custom/1</url></root>";

	static final String XML_LIST = "<?xml version=\"1.0\" encoding=\"UTF-8\" ?><root><item type=\"dict\">"
			+ "<id type=\"int\">1</id><name type=\"str\">first</name><url type=\"str\">/api/custom/1</url></item></root>";

	private final CustomItems items;

	CustomController(CustomItems items) {
		this.items = items;
	}

	/**
	 * Every item, as the monolith listed them: one unpaged list, by ascending id. Query parameters
	 * are ignored, as the monolith ignored them. Bounded: more than {@code gateway.custom.max-items}
	 * items is a 507 problem and gathering them past {@code gateway.custom.list-deadline} a 504, so
	 * one request cannot walk a table of any size.
	 */
	@Operation(summary = "List every item, by ascending id, in one unpaged list")
	@ProblemAnswers({ HttpStatus.INSUFFICIENT_STORAGE, HttpStatus.GATEWAY_TIMEOUT })
	@ApiResponse(responseCode = "200", description = "Every item." + FORMATS, content = {
			@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					array = @ArraySchema(schema = @Schema(implementation = CustomItem.class))),
			@Content(mediaType = MediaType.APPLICATION_XML_VALUE,
					schema = @Schema(type = "string", description = XML_SCHEMA),
					examples = @ExampleObject(name = "items", description = "A list of one item.", value = XML_LIST)) })
	@GetMapping
	ResponseEntity<byte[]> list(@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
		return this.items.list(accept);
	}

	/** Ids are digits only, as in the monolith's route; anything else is the monolith's to answer. */
	@Operation(summary = "Get one item by its id")
	@ApiResponse(responseCode = "200", description = "The item." + FORMATS, content = {
			@Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = CustomItem.class)),
			@Content(mediaType = MediaType.APPLICATION_XML_VALUE,
					schema = @Schema(type = "string", description = XML_SCHEMA),
					examples = @ExampleObject(name = "item", description = "One item.", value = XML_ITEM)) })
	@GetMapping("/{id:\\d+}")
	ResponseEntity<byte[]> get(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
		return this.items.get(id, accept);
	}

	@Operation(summary = "Create an item from its name")
	@ApiResponse(responseCode = "201", description = "Created: the item, at the URL in Location." + FORMATS,
			headers = @Header(name = HttpHeaders.LOCATION, description = "The new item's URL.",
					schema = @Schema(type = "string")),
			content = {
					@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = CustomItem.class)),
					@Content(mediaType = MediaType.APPLICATION_XML_VALUE,
							schema = @Schema(type = "string", description = XML_SCHEMA),
							examples = @ExampleObject(name = "item", description = "One item.", value = XML_ITEM)) })
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<byte[]> create(@Valid @RequestBody NewCustomItem request,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
		return this.items.create(request, accept);
	}

	/**
	 * Other methods and bodies on the migrated paths are refused here, never passed to the
	 * monolith: it no longer owns these items, so a write there would be lost.
	 */
	@Hidden
	@RequestMapping({ "", "/{id:\\d+}" })
	void refuse(HttpServletRequest request) throws ServletException {
		boolean collection = request.getRequestURI().equals(CustomItem.PATH);
		if (collection && request.getMethod().equals("POST")) {
			throw new HttpMediaTypeNotSupportedException("Content-Type '" + request.getContentType()
					+ "' is not supported; send the item as application/json.");
		}
		throw new HttpRequestMethodNotSupportedException(request.getMethod(),
				collection ? List.of("GET", "POST") : List.of("GET"));
	}

	/**
	 * The migrated paths with a trailing slash are no route of the monolith's either (Flask's
	 * strict slashes answered 404); answered here, so no spelling of a migrated path reaches it.
	 */
	@Hidden
	@RequestMapping({ "/", "/{id:\\d+}/" })
	void trailingSlash() {
		throw new ErrorResponseException(HttpStatus.NOT_FOUND,
				ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No item is served at this path."), null);
	}

}

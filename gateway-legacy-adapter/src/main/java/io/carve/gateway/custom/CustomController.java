package io.carve.gateway.custom;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import io.carve.contracts.model.ModelPage;
import io.carve.contracts.model.ModelServiceClient;
import io.carve.contracts.model.NewModel;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import tools.jackson.databind.json.JsonMapper;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.RestController;

/**
 * The monolith's {@code /api/custom} API, migrated: served from model-service through its
 * contract client, in the JSON or XML the monolith answered, so its clients see no change.
 */
@RestController
@RequestMapping(CustomItem.PATH)
class CustomController {

	private final ModelServiceClient models;

	private final CustomProperties properties;

	private final JsonMapper jsonMapper;

	CustomController(ModelServiceClient models, CustomProperties properties, JsonMapper jsonMapper) {
		this.models = models;
		this.properties = properties;
		this.jsonMapper = jsonMapper;
	}

	/**
	 * Every item, as the monolith listed them: one unpaged list, by ascending id. Query parameters
	 * are ignored, as the monolith ignored them.
	 */
	@Operation(summary = "List every item, by ascending id, in one unpaged list")
	@GetMapping
	ResponseEntity<byte[]> list(@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
		List<CustomItem> items = new ArrayList<>();
		ModelPage page;
		int number = 0;
		do {
			page = this.models.listModels(number++, ModelServiceClient.MAX_PAGE_SIZE);
			page.items().forEach((model) -> items.add(CustomItem.of(model)));
		}
		while (page.hasNext());
		LegacyFormat format = LegacyFormat.forAccept(accept);
		byte[] body = (format == LegacyFormat.XML) ? LegacyXml.of(items) : json(items);
		return ResponseEntity.ok().contentType(format.mediaType()).body(body);
	}

	/** Ids are digits only, as in the monolith's route; anything else is the monolith's to answer. */
	@Operation(summary = "Get one item by its id")
	@GetMapping("/{id:\\d+}")
	ResponseEntity<byte[]> get(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
		CustomItem item = CustomItem.of(this.models.getModel(id));
		LegacyFormat format = LegacyFormat.forAccept(accept);
		return ResponseEntity.ok().contentType(format.mediaType()).body(render(item, format));
	}

	@Operation(summary = "Create an item from its name")
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<byte[]> create(@Valid @RequestBody NewCustomItem request,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
		CustomItem item = CustomItem.of(this.models.createModel(new NewModel(request.name(), this.properties.modelType())));
		LegacyFormat format = LegacyFormat.forAccept(accept);
		return ResponseEntity.created(URI.create(item.url())).contentType(format.mediaType()).body(render(item, format));
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

	private byte[] render(CustomItem item, LegacyFormat format) {
		return (format == LegacyFormat.XML) ? LegacyXml.of(item) : json(item);
	}

	private byte[] json(Object value) {
		return this.jsonMapper.writeValueAsBytes(value);
	}

}

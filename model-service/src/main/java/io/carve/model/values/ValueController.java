package io.carve.model.values;

import java.net.URI;
import java.util.List;
import java.util.Set;

import io.carve.starter.data.PageView;
import io.carve.starter.data.Paging;
import io.carve.starter.data.Versions;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/** {@code /api/v1/models/{modelId}/values}: a model's values in JSON and XML. */
@RestController
@RequestMapping(path = "/api/v1/models/{modelId}/values",
		produces = { MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_XML_VALUE })
class ValueController {

	private static final Set<String> SORTABLE = Set.of("id", "value", "createdAt", "updatedAt");

	private final ModelValues values;

	private final Paging paging;

	ValueController(ModelValues values, Paging paging) {
		this.values = values;
		this.paging = paging;
	}

	static String pathOf(long modelId) {
		return "/api/v1/models/" + modelId + "/values";
	}

	static String pathOf(long modelId, long valueId) {
		return pathOf(modelId) + "/" + valueId;
	}

	@Operation(operationId = "listValues", summary = "List a model's values, a page at a time")
	@GetMapping
	PageView<ValueView> list(@PathVariable long modelId, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, @RequestParam(required = false) List<String> sort) {
		return PageView.of(this.values.list(modelId, this.paging.of(page, size, sort, SORTABLE)), ValueView::of);
	}

	@Operation(operationId = "createValue", summary = "Add a value to a model")
	@PostMapping(consumes = { MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_XML_VALUE })
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<ValueView> create(@PathVariable long modelId, @Valid @RequestBody ValueRequest request) {
		ModelValue value = this.values.create(modelId, request);
		return ResponseEntity.created(URI.create(pathOf(modelId, value.getId())))
			.eTag(Versions.etagOf(value.getVersion()))
			.body(ValueView.of(value));
	}

	@Operation(operationId = "getValue", summary = "Get a value of a model")
	@GetMapping("/{valueId}")
	ResponseEntity<ValueView> get(@PathVariable long modelId, @PathVariable long valueId, WebRequest request) {
		ModelValue value = this.values.get(modelId, valueId);
		String etag = Versions.etagOf(value.getVersion());
		if (request.checkNotModified(etag)) {
			return null;
		}
		return ResponseEntity.ok().eTag(etag).body(ValueView.of(value));
	}

	@Operation(operationId = "replaceValue", summary = "Replace a value of a model")
	@PutMapping(path = "/{valueId}", consumes = { MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_XML_VALUE })
	ResponseEntity<ValueView> replace(@PathVariable long modelId, @PathVariable long valueId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody ValueRequest request) {
		ModelValue value = this.values.replace(modelId, valueId, ifMatch, request);
		return ResponseEntity.ok().eTag(Versions.etagOf(value.getVersion())).body(ValueView.of(value));
	}

	@Operation(operationId = "deleteValue", summary = "Delete a value of a model")
	@DeleteMapping("/{valueId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	ResponseEntity<Void> delete(@PathVariable long modelId, @PathVariable long valueId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		this.values.delete(modelId, valueId, ifMatch);
		return ResponseEntity.noContent().build();
	}

}

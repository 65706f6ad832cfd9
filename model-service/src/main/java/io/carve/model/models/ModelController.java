package io.carve.model.models;

import java.net.URI;
import java.util.List;
import java.util.Set;

import io.carve.starter.data.PageView;
import io.carve.starter.data.Paging;
import io.carve.starter.data.StorableText;
import io.carve.starter.data.Versions;
import io.carve.starter.openapi.ProblemAnswers;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

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

/** {@code /api/v1/models}: models in JSON and XML. */
@RestController
@RequestMapping(path = ModelController.PATH, produces = { MediaType.APPLICATION_JSON_VALUE,
		MediaType.APPLICATION_XML_VALUE })
class ModelController {

	static final String PATH = "/api/v1/models";

	private static final Set<String> SORTABLE = Set.of("id", "name", "type", "createdAt", "updatedAt");

	private final Models models;

	private final Paging paging;

	ModelController(Models models, Paging paging) {
		this.models = models;
		this.paging = paging;
	}

	static String pathOf(long id) {
		return PATH + "/" + id;
	}

	@Operation(operationId = "listModels", summary = "List models, a page at a time, by type and name")
	@GetMapping
	PageView<ModelView> list(@RequestParam(required = false) ModelType type,
			@RequestParam(required = false) @Size(max = 255) @StorableText String name,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			@RequestParam(required = false) List<String> sort) {
		return PageView.of(this.models.list(type, name, this.paging.of(page, size, sort, SORTABLE)), ModelView::of);
	}

	@Operation(operationId = "createModel", summary = "Create a model")
	@ProblemAnswers(HttpStatus.CONFLICT)
	@PostMapping(consumes = { MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_XML_VALUE })
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<ModelView> create(@Valid @RequestBody ModelRequest request) {
		Model model = this.models.create(request);
		return ResponseEntity.created(URI.create(pathOf(model.getId())))
			.eTag(Versions.etagOf(model.getVersion()))
			.body(ModelView.of(model));
	}

	@Operation(operationId = "getModel", summary = "Get a model")
	@GetMapping("/{id}")
	ResponseEntity<ModelView> get(@PathVariable long id, WebRequest request) {
		Model model = this.models.get(id);
		String etag = Versions.etagOf(model.getVersion());
		if (request.checkNotModified(etag)) {
			return null;
		}
		return ResponseEntity.ok().eTag(etag).body(ModelView.of(model));
	}

	@Operation(operationId = "replaceModel", summary = "Replace a model")
	@PutMapping(path = "/{id}", consumes = { MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_XML_VALUE })
	ResponseEntity<ModelView> replace(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody ModelRequest request) {
		Model model = this.models.replace(id, ifMatch, request);
		return ResponseEntity.ok().eTag(Versions.etagOf(model.getVersion())).body(ModelView.of(model));
	}

	@Operation(operationId = "deleteModel", summary = "Delete a model and its values")
	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	ResponseEntity<Void> delete(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		this.models.delete(id, ifMatch);
		return ResponseEntity.noContent().build();
	}

}

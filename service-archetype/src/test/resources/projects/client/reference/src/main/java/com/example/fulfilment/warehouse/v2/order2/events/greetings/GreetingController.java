package com.example.fulfilment.warehouse.v2.order2.events.greetings;

import java.net.URI;
import java.util.List;
import java.util.Set;

import io.carve.starter.data.PageView;
import io.carve.starter.data.Paging;
import io.carve.starter.data.Versions;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/** {@code /api/v1/greetings}: greetings in JSON and XML, the example feature of this service. */
@RestController
@RequestMapping(path = GreetingController.PATH, produces = { MediaType.APPLICATION_JSON_VALUE,
		MediaType.APPLICATION_XML_VALUE })
class GreetingController {

	static final String PATH = "/api/v1/greetings";

	private static final Set<String> SORTABLE = Set.of("id", "message", "createdAt", "updatedAt");

	private final GreetingRepository greetings;

	private final Paging paging;

	GreetingController(GreetingRepository greetings, Paging paging) {
		this.greetings = greetings;
		this.paging = paging;
	}

	static String pathOf(long id) {
		return PATH + "/" + id;
	}

	@GetMapping
	PageView<GreetingView> list(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, @RequestParam(required = false) List<String> sort) {
		return PageView.of(this.greetings.findAll(this.paging.of(page, size, sort, SORTABLE)), GreetingView::of);
	}

	@PostMapping(consumes = { MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_XML_VALUE })
	ResponseEntity<GreetingView> create(@Valid @RequestBody GreetingRequest request) {
		Greeting greeting = this.greetings.saveAndFlush(new Greeting(request.message()));
		return ResponseEntity.created(URI.create(pathOf(greeting.getId())))
			.eTag(Versions.etagOf(greeting.getVersion()))
			.body(GreetingView.of(greeting));
	}

	@GetMapping("/{id}")
	ResponseEntity<GreetingView> get(@PathVariable long id, WebRequest request) {
		Greeting greeting = this.greetings.findById(id).orElseThrow(() -> notFound(id));
		String etag = Versions.etagOf(greeting.getVersion());
		if (request.checkNotModified(etag)) {
			return null;
		}
		return ResponseEntity.ok().eTag(etag).body(GreetingView.of(greeting));
	}

	/** A 404 problem that says what to do instead. */
	private static ErrorResponseException notFound(long id) {
		ErrorResponseException notFound = new ErrorResponseException(HttpStatus.NOT_FOUND);
		notFound.getBody().setTitle("Greeting not found");
		notFound.getBody().setDetail("There is no greeting with id " + id + ". List greetings with GET " + PATH + ".");
		return notFound;
	}

}

package io.carve.contracts.model;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * model-service's {@code /api/v1/models} API, as its consumers call it. Instances come from
 * Spring Cloud LoadBalancer under the service id {@value #SERVICE}; every method's expectations
 * are pinned by the Pact files in {@code shared-contracts/pacts/}.
 */
@FeignClient(name = ModelServiceClient.SERVICE, path = "/api/v1/models")
public interface ModelServiceClient {

	/** Service id of model-service, also the name of its resilience instances. */
	String SERVICE = "model-service";

	/** The largest page model-service serves. */
	int MAX_PAGE_SIZE = 100;

	/** One page of models, by ascending id. */
	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	ModelPage listModels(@RequestParam("page") int page, @RequestParam("size") int size);

	/** The model with this id; a {@code RemoteProblemException} with status 404 if there is none. */
	@GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	Model getModel(@PathVariable("id") long id);

	/** Creates a model; never retried, since a repeated POST could create it twice. */
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	Model createModel(@RequestBody NewModel model);

}

package io.carve.gateway.custom;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import io.carve.contracts.model.ModelPage;
import io.carve.contracts.model.ModelServiceClient;
import io.carve.contracts.model.NewModel;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The migrated {@code /api/custom}: the monolith's items, served from model-service in the
 * monolith's JSON or XML. The controller answers clients with it; in shadow mode the same answers
 * are compared with the monolith's ({@link CustomRoute}).
 */
@Component
class CustomItems {

	private final ModelServiceClient models;

	private final CustomProperties properties;

	private final JsonMapper jsonMapper;

	CustomItems(ModelServiceClient models, CustomProperties properties, JsonMapper jsonMapper) {
		this.models = models;
		this.properties = properties;
		this.jsonMapper = jsonMapper;
	}

	/** Every item, by ascending id, within {@code max-items} and {@code list-deadline}. */
	ResponseEntity<byte[]> list(String accept) {
		List<CustomItem> items = new ArrayList<>();
		long deadline = System.nanoTime() + this.properties.listDeadline().toNanos();
		ModelPage page;
		int number = 0;
		do {
			if (System.nanoTime() - deadline > 0) {
				throw ListTooLongException.tooSlow();
			}
			page = this.models.listModels(number++, ModelServiceClient.MAX_PAGE_SIZE);
			page.items().forEach((model) -> items.add(CustomItem.of(model)));
			if (items.size() > this.properties.maxItems()) {
				throw ListTooLongException.tooMany(this.properties.maxItems());
			}
		}
		while (page.hasNext());
		LegacyFormat format = LegacyFormat.forAccept(accept);
		byte[] body = (format == LegacyFormat.XML) ? LegacyXml.of(items) : json(items);
		return ResponseEntity.ok().contentType(format.mediaType()).body(body);
	}

	ResponseEntity<byte[]> get(long id, String accept) {
		CustomItem item = CustomItem.of(this.models.getModel(id));
		LegacyFormat format = LegacyFormat.forAccept(accept);
		return ResponseEntity.ok().contentType(format.mediaType()).body(render(item, format));
	}

	ResponseEntity<byte[]> create(NewCustomItem request, String accept) {
		CustomItem item = CustomItem.of(this.models.createModel(new NewModel(request.name(), this.properties.modelType())));
		LegacyFormat format = LegacyFormat.forAccept(accept);
		return ResponseEntity.created(URI.create(item.url())).contentType(format.mediaType()).body(render(item, format));
	}

	private byte[] render(CustomItem item, LegacyFormat format) {
		return (format == LegacyFormat.XML) ? LegacyXml.of(item) : json(item);
	}

	private byte[] json(Object value) {
		return this.jsonMapper.writeValueAsBytes(value);
	}

}

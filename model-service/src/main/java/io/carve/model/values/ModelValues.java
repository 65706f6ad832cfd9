package io.carve.model.values;

import io.carve.model.models.Model;
import io.carve.model.models.Models;
import io.carve.starter.data.Versions;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The value use cases, each one transaction; every one first checks the model exists. */
@Component
@Transactional
class ModelValues {

	private final ModelValueRepository repository;

	private final Models models;

	ModelValues(ModelValueRepository repository, Models models) {
		this.repository = repository;
		this.models = models;
	}

	@Transactional(readOnly = true)
	Page<ModelValue> list(long modelId, Pageable pageable) {
		this.models.get(modelId);
		return this.repository.findByModelId(modelId, pageable);
	}

	@Transactional(readOnly = true)
	ModelValue get(long modelId, long valueId) {
		this.models.get(modelId);
		return this.repository.findByIdAndModelId(valueId, modelId)
			.orElseThrow(() -> new ValueNotFoundException(modelId, valueId));
	}

	ModelValue create(long modelId, ValueRequest request) {
		Model model = this.models.get(modelId);
		return this.repository.saveAndFlush(new ModelValue(model, request.value()));
	}

	ModelValue replace(long modelId, long valueId, String ifMatch, ValueRequest request) {
		ModelValue value = get(modelId, valueId);
		Versions.requireMatch(ifMatch, value.getVersion());
		value.change(request.value());
		return Versions.flushGuarded(ifMatch, () -> this.repository.saveAndFlush(value));
	}

	void delete(long modelId, long valueId, String ifMatch) {
		ModelValue value = get(modelId, valueId);
		Versions.requireMatch(ifMatch, value.getVersion());
		Versions.flushGuarded(ifMatch, () -> {
			this.repository.delete(value);
			this.repository.flush();
			return value;
		});
	}

}

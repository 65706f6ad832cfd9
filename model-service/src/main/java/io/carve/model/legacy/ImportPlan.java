package io.carve.model.legacy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import io.carve.model.legacy.MonolithRows.LegacyModel;
import io.carve.model.legacy.MonolithRows.LegacyValue;
import io.carve.model.legacy.ServiceRows.StoredModel;
import io.carve.model.legacy.ServiceRows.StoredValue;

/**
 * What one run does with each monolith row, decided before anything is written, so a dry run
 * reports exactly what the real run would do: add it with its id, update the row it imported
 * earlier, leave it unchanged, or refuse it with the reason.
 */
record ImportPlan(List<Decision<LegacyModel>> models, List<Decision<LegacyValue>> values) {

	static final String MODELS = "my_model";

	static final String VALUES = "my_model_values";

	/** What happens to one row. */
	enum Outcome {

		ADDED, UPDATED, UNCHANGED, REFUSED

	}

	/** One monolith row, what happens to it and, when refused, why. */
	record Decision<R>(String table, long id, Outcome outcome, String reason, R row) {
	}

	static ImportPlan of(MonolithRows monolith, ServiceRows service, LegacyRowCheck check) {
		Map<Long, String> refusedModels = refuseModels(monolith.models(), service, check);
		List<Decision<LegacyModel>> models = new ArrayList<>();
		for (LegacyModel model : monolith.models()) {
			String reason = refusedModels.get(model.id());
			StoredModel stored = service.models().get(model.id());
			String type = LegacyRowCheck.type(model.type()).map(Enum::name).orElse(null);
			models.add(decide(MODELS, model.id(), reason, stored == null,
					stored != null && stored.name().equals(model.name()) && stored.type().equals(type), model));
		}
		Map<Long, LegacyModel> monolithModels = monolith.models()
			.stream()
			.collect(Collectors.toMap(LegacyModel::id, (model) -> model));
		List<Decision<LegacyValue>> values = new ArrayList<>();
		for (LegacyValue value : monolith.values()) {
			String reason = check.refusal(value)
				.orElseGet(() -> refusedModel(value, monolithModels.keySet(), refusedModels));
			if (reason == null) {
				reason = createdInService("value", value.id(), service.values().keySet(),
						service.importedValues());
			}
			StoredValue stored = service.values().get(value.id());
			values.add(decide(VALUES, value.id(), reason, stored == null, stored != null
					&& Objects.equals(stored.modelId(), value.modelId()) && stored.value().equals(value.value()),
					value));
		}
		return new ImportPlan(models, values);
	}

	/** Every decision of one table that has the given outcome. */
	<R> long count(List<Decision<R>> decisions, Outcome outcome) {
		return decisions.stream().filter((decision) -> decision.outcome() == outcome).count();
	}

	/** The refused rows, models first, each in id order. */
	List<Decision<?>> refused() {
		List<Decision<?>> refused = new ArrayList<>();
		this.models.stream().filter((decision) -> decision.outcome() == Outcome.REFUSED).forEach(refused::add);
		this.values.stream().filter((decision) -> decision.outcome() == Outcome.REFUSED).forEach(refused::add);
		return refused;
	}

	private static <R> Decision<R> decide(String table, long id, String reason, boolean absent, boolean same, R row) {
		if (reason != null) {
			return new Decision<>(table, id, Outcome.REFUSED, reason, row);
		}
		return new Decision<>(table, id, absent ? Outcome.ADDED : same ? Outcome.UNCHANGED : Outcome.UPDATED, null, row);
	}

	/**
	 * The reason for each model refused: one the service cannot store, one whose id the service
	 * gave a row of its own, one whose name another monolith model (of a lower id) has, and one
	 * whose name a service row keeps; refusing a model may leave its old name in the way of
	 * another, so the last rule runs until nothing changes.
	 */
	private static Map<Long, String> refuseModels(List<LegacyModel> models, ServiceRows service,
			LegacyRowCheck check) {
		Map<Long, String> refused = new LinkedHashMap<>();
		Map<String, Long> firstWithName = new HashMap<>();
		for (LegacyModel model : models) {
			String reason = check.refusal(model)
				.orElseGet(() -> createdInService("model", model.id(), service.models().keySet(),
						service.importedModels()));
			if (reason == null) {
				Long first = firstWithName.putIfAbsent(model.name(), model.id());
				if (first != null) {
					reason = "name '" + model.name() + "' is also model " + first + "'s in the monolith";
				}
			}
			if (reason != null) {
				refused.put(model.id(), reason);
			}
		}
		boolean changed = true;
		while (changed) {
			changed = false;
			Map<String, Long> keptNames = new HashMap<>();
			Set<Long> accepted = models.stream()
				.map(LegacyModel::id)
				.filter((id) -> !refused.containsKey(id))
				.collect(Collectors.toSet());
			service.models().forEach((id, stored) -> {
				if (!accepted.contains(id)) {
					keptNames.put(stored.name(), id);
				}
			});
			for (LegacyModel model : models) {
				Long holder = keptNames.get(model.name());
				if (accepted.contains(model.id()) && holder != null) {
					refused.put(model.id(), "name '" + model.name() + "' is already model " + holder
							+ "'s in the service");
					changed = true;
				}
			}
		}
		return refused;
	}

	private static String refusedModel(LegacyValue value, Set<Long> monolithModels, Map<Long, String> refusedModels) {
		if (value.modelId() == null) {
			return "it belongs to no model (model_value_id is missing)";
		}
		if (!monolithModels.contains(value.modelId())) {
			return "its model " + value.modelId() + " is not in the monolith";
		}
		if (refusedModels.containsKey(value.modelId())) {
			return "its model " + value.modelId() + " was refused";
		}
		return null;
	}

	private static String createdInService(String kind, long id, Set<Long> stored, Set<Long> imported) {
		if (stored.contains(id) && !imported.contains(id)) {
			return "the service's own " + kind + " " + id + " has this id (it was created in the service, not"
					+ " imported) and is never overwritten";
		}
		return null;
	}

}

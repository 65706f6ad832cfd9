package io.carve.model.legacy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

/** What model-service holds now, as the import compares the monolith's rows with it. */
record ServiceRows(Map<Long, StoredModel> models, Set<Long> importedModels, Map<Long, StoredValue> values,
		Set<Long> importedValues) {

	/** A row of the service's {@code my_model}. */
	record StoredModel(String name, String type) {
	}

	/** A row of the service's {@code my_model_values}. */
	record StoredValue(long modelId, String value) {
	}

	/**
	 * Reads the service's tables inside the caller's transaction; when {@code lock}, first locks
	 * them against other writers (readers go on), so what the import decides on stays true until
	 * it commits.
	 */
	static ServiceRows read(JdbcClient jdbc, boolean lock) {
		if (lock) {
			jdbc.sql("LOCK TABLE my_model, my_model_values IN SHARE ROW EXCLUSIVE MODE").update();
		}
		Map<Long, StoredModel> models = new HashMap<>();
		jdbc.sql("SELECT id, name, model_type FROM my_model")
			.query((rs) -> {
				models.put(rs.getLong("id"), new StoredModel(rs.getString("name"), rs.getString("model_type")));
			});
		Map<Long, StoredValue> values = new HashMap<>();
		jdbc.sql("SELECT id, model_id, value FROM my_model_values")
			.query((rs) -> {
				values.put(rs.getLong("id"), new StoredValue(rs.getLong("model_id"), rs.getString("value")));
			});
		return new ServiceRows(models, ids(jdbc, "legacy_imported_model"), values, ids(jdbc, "legacy_imported_value"));
	}

	private static Set<Long> ids(JdbcClient jdbc, String table) {
		return new HashSet<>(jdbc.sql("SELECT id FROM " + table).query(Long.class).list());
	}

}

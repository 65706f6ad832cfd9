package io.carve.model.legacy;

import java.util.List;
import java.util.function.Function;

import javax.sql.DataSource;

import io.carve.model.legacy.ImportPlan.Decision;
import io.carve.model.legacy.ImportPlan.Outcome;
import io.carve.model.legacy.MonolithRows.LegacyModel;
import io.carve.model.legacy.MonolithRows.LegacyValue;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a plan into the service's tables inside the caller's transaction, in batches: each row
 * with its monolith id, recorded as imported, then each identity moved past the highest id, so
 * the next row the service creates never takes an id a legacy URL already names.
 */
final class ImportWriter {

	private final JdbcTemplate jdbc;

	ImportWriter(DataSource service) {
		this.jdbc = new JdbcTemplate(service);
	}

	void write(ImportPlan plan) {
		// Names that moved between models (two swapped, one taken over by a new model) must never
		// meet the unique constraint halfway: each renamed model first takes a name no one uses.
		batch("UPDATE my_model SET name = 'legacy import: renaming model ' || id WHERE id = ? AND name <> ?",
				plan.models(), Outcome.UPDATED, (model) -> new Object[] { model.id(), model.name() });
		batch("INSERT INTO my_model (id, name, model_type, version, created_at, updated_at)"
				+ " VALUES (?, ?, ?, 0, now(), now())", plan.models(), Outcome.ADDED,
				(model) -> new Object[] { model.id(), model.name(), type(model) });
		batch("INSERT INTO legacy_imported_model (id) VALUES (?)", plan.models(), Outcome.ADDED,
				(model) -> new Object[] { model.id() });
		batch("UPDATE my_model SET name = ?, model_type = ?, version = version + 1, updated_at = now() WHERE id = ?",
				plan.models(), Outcome.UPDATED, (model) -> new Object[] { model.name(), type(model), model.id() });
		batch("INSERT INTO my_model_values (id, model_id, value, version, created_at, updated_at)"
				+ " VALUES (?, ?, ?, 0, now(), now())", plan.values(), Outcome.ADDED,
				(value) -> new Object[] { value.id(), value.modelId(), value.value() });
		batch("INSERT INTO legacy_imported_value (id) VALUES (?)", plan.values(), Outcome.ADDED,
				(value) -> new Object[] { value.id() });
		batch("UPDATE my_model_values SET model_id = ?, value = ?, version = version + 1, updated_at = now()"
				+ " WHERE id = ?", plan.values(), Outcome.UPDATED,
				(value) -> new Object[] { value.modelId(), value.value(), value.id() });
		movePastImportedIds(ImportPlan.MODELS, highestAdded(plan.models()));
		movePastImportedIds(ImportPlan.VALUES, highestAdded(plan.values()));
	}

	private <R> void batch(String sql, List<Decision<R>> decisions, Outcome outcome, Function<R, Object[]> arguments) {
		List<Object[]> rows = decisions.stream()
			.filter((decision) -> decision.outcome() == outcome)
			.map((decision) -> arguments.apply(decision.row()))
			.toList();
		if (!rows.isEmpty()) {
			this.jdbc.batchUpdate(sql, rows);
		}
	}

	private static String type(LegacyModel model) {
		return LegacyRowCheck.type(model.type()).map(Enum::name).orElseThrow();
	}

	private static <R> long highestAdded(List<Decision<R>> decisions) {
		return decisions.stream()
			.filter((decision) -> decision.outcome() == Outcome.ADDED)
			.mapToLong(Decision::id)
			.max()
			.orElse(0);
	}

	/**
	 * Restarts the table's identity after the highest id added, when that is at or past its next
	 * value. {@code ALTER SEQUENCE ... RESTART}, unlike {@code setval}, is undone with the
	 * transaction (PostgreSQL 10 and later), and unlike {@code ALTER TABLE} it leaves the table alone.
	 */
	private void movePastImportedIds(String table, long highestAdded) {
		if (highestAdded == 0) {
			return;
		}
		// Names from the catalog for this class's constant table names, never from input.
		String sequence = this.jdbc.queryForObject("SELECT pg_get_serial_sequence(?, 'id')", String.class, table);
		Long next = this.jdbc.queryForObject(
				"SELECT CASE WHEN is_called THEN last_value + 1 ELSE last_value END FROM " + sequence, Long.class);
		if (next != null && highestAdded >= next) {
			this.jdbc.execute("ALTER SEQUENCE " + sequence + " RESTART WITH " + (highestAdded + 1));
		}
	}

}

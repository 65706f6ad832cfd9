package io.carve.model.legacy;

import io.carve.model.legacy.ImportPlan.Decision;
import io.carve.model.legacy.ImportPlan.Outcome;
import io.carve.model.legacy.MonolithRows.LegacyModel;
import io.carve.model.legacy.MonolithRows.LegacyValue;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes a plan into the service's tables inside the caller's transaction: each row with its
 * monolith id, recorded as imported, then each identity moved past the highest id, so the next
 * row the service creates never takes an id a legacy URL already names.
 */
final class ImportWriter {

	private final JdbcClient jdbc;

	ImportWriter(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void write(ImportPlan plan) {
		freeRenamedNames(plan);
		for (Decision<LegacyModel> decision : plan.models()) {
			LegacyModel model = decision.row();
			String type = LegacyRowCheck.type(model.type()).map(Enum::name).orElse(null);
			if (decision.outcome() == Outcome.ADDED) {
				this.jdbc.sql("INSERT INTO my_model (id, name, model_type, version, created_at, updated_at)"
						+ " VALUES (?, ?, ?, 0, now(), now())")
					.params(model.id(), model.name(), type)
					.update();
				this.jdbc.sql("INSERT INTO legacy_imported_model (id) VALUES (?)").param(model.id()).update();
			}
			else if (decision.outcome() == Outcome.UPDATED) {
				this.jdbc.sql("UPDATE my_model SET name = ?, model_type = ?, version = version + 1, updated_at = now()"
						+ " WHERE id = ?")
					.params(model.name(), type, model.id())
					.update();
			}
		}
		for (Decision<LegacyValue> decision : plan.values()) {
			LegacyValue value = decision.row();
			if (decision.outcome() == Outcome.ADDED) {
				this.jdbc.sql("INSERT INTO my_model_values (id, model_id, value, version, created_at, updated_at)"
						+ " VALUES (?, ?, ?, 0, now(), now())")
					.params(value.id(), value.modelId(), value.value())
					.update();
				this.jdbc.sql("INSERT INTO legacy_imported_value (id) VALUES (?)").param(value.id()).update();
			}
			else if (decision.outcome() == Outcome.UPDATED) {
				this.jdbc.sql("UPDATE my_model_values SET model_id = ?, value = ?, version = version + 1,"
						+ " updated_at = now() WHERE id = ?")
					.params(value.modelId(), value.value(), value.id())
					.update();
			}
		}
		movePastImportedIds(ImportPlan.MODELS, plan.models().stream()
			.filter((decision) -> decision.outcome() == Outcome.ADDED)
			.mapToLong(Decision::id)
			.max()
			.orElse(0));
		movePastImportedIds(ImportPlan.VALUES, plan.values().stream()
			.filter((decision) -> decision.outcome() == Outcome.ADDED)
			.mapToLong(Decision::id)
			.max()
			.orElse(0));
	}

	/**
	 * Gives each model the monolith renamed a name no one uses first, so names that moved between
	 * models (two swapped, one taken over by a new model) never meet the unique constraint halfway.
	 */
	private void freeRenamedNames(ImportPlan plan) {
		plan.models()
			.stream()
			.filter((decision) -> decision.outcome() == Outcome.UPDATED)
			.forEach((decision) -> this.jdbc
				.sql("UPDATE my_model SET name = 'legacy import: renaming model ' || id WHERE id = ? AND name <> ?")
				.params(decision.id(), decision.row().name())
				.update());
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
		String sequence = this.jdbc.sql("SELECT pg_get_serial_sequence(?, 'id')")
			.param(table)
			.query(String.class)
			.single();
		long next = this.jdbc.sql("SELECT CASE WHEN is_called THEN last_value + 1 ELSE last_value END FROM " + sequence)
			.query(Long.class)
			.single();
		if (highestAdded >= next) {
			this.jdbc.sql("ALTER SEQUENCE " + sequence + " RESTART WITH " + (highestAdded + 1)).update();
		}
	}

}

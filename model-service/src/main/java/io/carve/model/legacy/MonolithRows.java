package io.carve.model.legacy;

import java.sql.Connection;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The monolith's rows as {@code docs/legacy-monolith-schema.sql} reads its tables: every column
 * as it is, nothing assumed that the monolith's database may not have enforced.
 */
record MonolithRows(List<LegacyModel> models, List<LegacyValue> values) {

	/** A row of the monolith's {@code my_model}. */
	record LegacyModel(long id, String name, String type) {
	}

	/** A row of the monolith's {@code my_model_values}; {@code modelId} is its {@code model_value_id}. */
	record LegacyValue(long id, Long modelId, String value) {
	}

	/** Reads both tables in one read-only snapshot, so a value never arrives without the model it had. */
	static MonolithRows read(String url, String user, String password) {
		DataSource monolith = new SimpleDriverDataSource(new org.postgresql.Driver(), url, user, password);
		TransactionTemplate snapshot = new TransactionTemplate(new DataSourceTransactionManager(monolith));
		snapshot.setIsolationLevel(Connection.TRANSACTION_REPEATABLE_READ);
		snapshot.setReadOnly(true);
		snapshot.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		JdbcClient jdbc = JdbcClient.create(monolith);
		return snapshot.execute((status) -> new MonolithRows(
				jdbc.sql("SELECT id, name, model_type FROM my_model ORDER BY id")
					.query((rs, row) -> new LegacyModel(rs.getLong("id"), rs.getString("name"),
							rs.getString("model_type")))
					.list(),
				jdbc.sql("SELECT id, model_value_id, value FROM my_model_values ORDER BY id")
					.query((rs, row) -> {
						long modelId = rs.getLong("model_value_id");
						Long owner = rs.wasNull() ? null : modelId;
						return new LegacyValue(rs.getLong("id"), owner, rs.getString("value"));
					})
					.list()));
	}

}

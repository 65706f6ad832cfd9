package io.carve.model.values;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import io.carve.test.SharedPostgres;

/** Reads value rows straight from the shared database, past the API. */
final class ValueRows {

	private ValueRows() {
	}

	static long countFor(long modelId) {
		try (Connection connection = DriverManager.getConnection(SharedPostgres.jdbcUrl(), "postgres", "");
				PreparedStatement query = connection
					.prepareStatement("SELECT count(*) FROM my_model_values WHERE model_id = ?")) {
			query.setLong(1, modelId);
			try (ResultSet rows = query.executeQuery()) {
				rows.next();
				return rows.getLong(1);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

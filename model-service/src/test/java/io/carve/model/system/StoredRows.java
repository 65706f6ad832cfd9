package io.carve.model.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import io.carve.test.SharedPostgres;

/** Rows written and read straight in the shared database, past the API and its validation. */
final class StoredRows {

	private StoredRows() {
	}

	/** Stores a model as an import from before {@code @StorableText} might have; returns its id. */
	static long insertModel(String name) {
		return queryLong("INSERT INTO my_model (name, model_type, created_at, updated_at) VALUES (?, 'USER', now(), now())"
				+ " RETURNING id", name);
	}

	static long countModelsNamed(String name) {
		return queryLong("SELECT count(*) FROM my_model WHERE name = ?", name);
	}

	static void update(String sql, Object... parameters) {
		try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			statement.executeUpdate();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static long queryLong(String sql, Object... parameters) {
		try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			try (ResultSet rows = statement.executeQuery()) {
				rows.next();
				return rows.getLong(1);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Connection connect() throws SQLException {
		return DriverManager.getConnection(SharedPostgres.jdbcUrl(), "postgres", "");
	}

}

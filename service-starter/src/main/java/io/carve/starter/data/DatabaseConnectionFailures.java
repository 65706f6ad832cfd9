package io.carve.starter.data;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.hibernate.TransactionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure that comes from losing the database (it stopped, restarted, or the network to
 * it broke) from a bug. Spring translates the loss into different exceptions depending on when it
 * struck: a connection that broke mid-statement and then could not roll back comes out as a
 * {@code JpaSystemException}, not a {@code DataAccessResourceFailureException}; the causes tell
 * them apart.
 */
public final class DatabaseConnectionFailures {

	private DatabaseConnectionFailures() {
	}

	/** Whether the failure, or anything that caused it, is the database connection being lost or refused. */
	public static boolean isConnectionLost(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException) {
				return true;
			}
			if (cause instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
				return true;
			}
			// A rollback fails only on a connection that is gone: after a statement broke it, Hikari
			// closes it, and its "Connection is closed" carries no SQL state.
			if (cause instanceof TransactionException && cause.getCause() instanceof SQLException) {
				return true;
			}
		}
		return false;
	}

	/**
	 * SQL states of a lost connection: class 08 (connection exception, such as a closed one) and
	 * PostgreSQL's 57P01 to 57P03 (the server shutting down, crashed, or not yet accepting).
	 */
	private static boolean isConnectionState(String state) {
		return state != null && (state.startsWith("08") || state.startsWith("57P"));
	}

}

package io.carve.starter.data;

import java.sql.SQLException;

import org.hibernate.TransactionException;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseConnectionFailuresTests {

	@Test
	void seesALostConnectionBehindAFailedRollback() {
		// What Hibernate reports when PostgreSQL stops mid-transaction and the rollback finds the connection gone.
		JpaSystemException failedRollback = new JpaSystemException(new TransactionException(
				"Unable to rollback against JDBC Connection", new SQLException("Connection is closed")));
		assertThat(DatabaseConnectionFailures.isConnectionLost(failedRollback)).isTrue();
	}

	@Test
	void seesTheServerShuttingDown() {
		assertThat(DatabaseConnectionFailures.isConnectionLost(new JpaSystemException(new RuntimeException(
				new SQLException("FATAL: terminating connection due to administrator command", "57P01")))))
			.isTrue();
	}

	@Test
	void leavesOtherDatabaseFailuresAlone() {
		assertThat(DatabaseConnectionFailures.isConnectionLost(new DataIntegrityViolationException("duplicate",
				new SQLException("duplicate key value violates unique constraint", "23505"))))
			.isFalse();
		assertThat(DatabaseConnectionFailures.isConnectionLost(new IllegalStateException("a bug"))).isFalse();
	}

}

package io.carve.starter.cli;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The service's database as a {@link DatabaseCommand} gets it: migrated, with transactions. */
public final class ServiceDatabase {

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	ServiceDatabase(DataSource dataSource) {
		this.dataSource = dataSource;
		this.jdbc = JdbcClient.create(dataSource);
		this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
	}

	/** The service's connections. */
	public DataSource dataSource() {
		return this.dataSource;
	}

	/** Statements on the service's database; inside {@link #transactions()} they join the transaction. */
	public JdbcClient jdbc() {
		return this.jdbc;
	}

	/** Runs work in one transaction, rolled back on any exception or when marked rollback-only. */
	public TransactionTemplate transactions() {
		return this.transactions;
	}

}

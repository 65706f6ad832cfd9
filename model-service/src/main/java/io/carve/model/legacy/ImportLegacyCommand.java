package io.carve.model.legacy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.carve.starter.cli.DatabaseCommand;
import io.carve.starter.cli.ServiceDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * {@code db import-legacy}: copies the monolith's models and values into the service with their
 * ids, so every legacy URL stays valid; re-runnable, all or nothing, with a dry run.
 */
@Command(name = "import-legacy", mixinStandardHelpOptions = true, sortOptions = false, exitCodeOnInvalidInput = 1,
		description = { "Imports the monolith's my_model and my_model_values rows, keeping their ids.",
				"Exits 0 when every row was imported or unchanged, 2 when some were refused (the rest imported),"
						+ " 1 on failure (nothing written)." })
class ImportLegacyCommand extends DatabaseCommand {

	/** Where the password comes from when no --password-file is given. */
	static final String PASSWORD_VARIABLE = "LEGACY_DATABASE_PASSWORD";

	@Option(names = "--from", required = true, paramLabel = "JDBC-URL",
			description = "The monolith's database, e.g. jdbc:postgresql://legacy-db:5432/app.")
	String from;

	@Option(names = "--user", paramLabel = "NAME", description = "The monolith database's user.")
	String user;

	@Option(names = "--password-file", paramLabel = "PATH",
			description = "A file holding the password (default: the " + PASSWORD_VARIABLE
					+ " environment variable); never on the command line, where ps shows it.")
	Path passwordFile;

	@Option(names = "--dry-run", description = "Prints what the import would do and writes nothing.")
	boolean dryRun;

	@Override
	protected void checkOptions() {
		if (!this.from.startsWith("jdbc:postgresql:")) {
			throw new IllegalArgumentException("--from must be a jdbc:postgresql:// URL: only the"
					+ " PostgreSQL driver ships with " + serviceName() + ", and '" + source() + "' is not one.");
		}
	}

	@Override
	protected int run(ServiceDatabase database) {
		MonolithRows monolith = readMonolith();
		ImportPlan plan;
		try (LegacyRowCheck check = new LegacyRowCheck()) {
			plan = database.transactions().execute((status) -> {
				ServiceRows service = ServiceRows.read(database.jdbc(), !this.dryRun);
				ImportPlan planned = ImportPlan.of(monolith, service, check);
				if (this.dryRun) {
					status.setRollbackOnly();
				}
				else {
					new ImportWriter(database.dataSource()).write(planned);
				}
				return planned;
			});
		}
		catch (DataAccessException | TransactionException ex) {
			throw new IllegalStateException("The import failed and was rolled back: nothing was written to "
					+ serviceName() + ". Fix its cause, given after this, and run it again"
					+ " (--dry-run shows what it will do).", ex);
		}
		ImportReport.print(plan, source(), this.dryRun, out());
		return plan.refused().isEmpty() ? 0 : 2;
	}

	private MonolithRows readMonolith() {
		try {
			return MonolithRows.read(this.from, this.user, password());
		}
		catch (DataAccessException | TransactionException ex) {
			throw new IllegalStateException("Could not read the monolith's tables my_model and my_model_values at "
					+ source() + "; check --from, --user and the password (--password-file or " + PASSWORD_VARIABLE
					+ "). Nothing was written.", ex);
		}
	}

	private String password() {
		if (this.passwordFile == null) {
			return environment().get(PASSWORD_VARIABLE);
		}
		try {
			// The file's last line break is an editor's, not the password's.
			return Files.readString(this.passwordFile).replaceFirst("\\R\\z", "");
		}
		catch (IOException ex) {
			throw new IllegalStateException(
					"Could not read the password file " + this.passwordFile + ": " + ex.getMessage(), ex);
		}
	}

	/** The monolith's URL as reports show it: without its parameters, which may hold a password. */
	private String source() {
		int parameters = this.from.indexOf('?');
		return (parameters < 0) ? this.from : this.from.substring(0, parameters);
	}

}

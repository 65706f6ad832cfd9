package io.carve.starter.cli;

import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** A service's own db subcommand, as DatabaseCommandTests add it: lists the tables it finds. */
@Command(name = "tables", mixinStandardHelpOptions = true, description = "Lists the service's tables.")
class TablesCommand extends DatabaseCommand {

	@Option(names = "--prefix", description = "Printed before each table.")
	String prefix = "";

	@Option(names = "--then-fail", description = "Writes a row in a transaction, then fails it.")
	boolean thenFail;

	@Override
	protected void checkOptions() {
		if (this.prefix.isBlank() && !this.prefix.isEmpty()) {
			throw new IllegalArgumentException("--prefix must not be blank");
		}
	}

	@Override
	protected int run(ServiceDatabase database) {
		if (this.thenFail) {
			database.transactions().executeWithoutResult((status) -> {
				database.jdbc().sql("CREATE TABLE written_then_failed (id INTEGER)").update();
				throw new IllegalStateException("Failed on purpose; " + environment().getOrDefault("HINT", "no hint"));
			});
		}
		List<String> tables = database.jdbc()
			.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name")
			.query(String.class)
			.list();
		tables.forEach((table) -> out().println(this.prefix + table));
		return tables.isEmpty() ? 3 : 0;
	}

}

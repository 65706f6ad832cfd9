package io.carve.starter.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code db migrate | info | validate}: Flyway on the service's database; a service adds commands
 * of its own as {@link DatabaseCommand}s.
 */
@Command(name = "db", mixinStandardHelpOptions = true,
		description = "Manages the database: its schema with Flyway, and the service's own db commands.")
class DbCommand {

	@Spec
	CommandSpec spec;

	@Unmatched
	List<String> springArgs = new ArrayList<>();

	private final ServiceCommandLine root;

	DbCommand(ServiceCommandLine root) {
		this.root = root;
	}

	@Command(name = "migrate", description = "Applies the migrations the database has not had yet.")
	int migrate(@Parameters(hidden = true) List<String> args) {
		return withFlyway(args, (flyway, out) -> {
			MigrateResult result = flyway.migrate();
			out.printf("Applied %d migration(s); schema version is now %s.%n", result.migrationsExecuted,
					(result.targetSchemaVersion != null) ? result.targetSchemaVersion : currentVersion(flyway));
		});
	}

	@Command(name = "info", description = "Lists every migration and whether it has been applied.")
	int info(@Parameters(hidden = true) List<String> args) {
		return withFlyway(args, (flyway, out) -> {
			MigrationInfo[] migrations = flyway.info().all();
			out.printf("%-8s %-40s %-10s %s%n", "VERSION", "DESCRIPTION", "STATE", "INSTALLED ON");
			for (MigrationInfo migration : migrations) {
				// A repeatable migration (the starter's own tables) has no version: R, as its file name has it.
				out.printf("%-8s %-40s %-10s %s%n", (migration.getVersion() != null) ? migration.getVersion() : "R",
						migration.getDescription(),
						migration.getState().getDisplayName(),
						(migration.getInstalledOn() != null) ? migration.getInstalledOn().toInstant() : "-");
			}
			out.printf("Schema version: %s%n", currentVersion(flyway));
		});
	}

	@Command(name = "validate",
			description = "Checks that applied migrations match the ones in this jar; exits 1 if not.")
	int validate(@Parameters(hidden = true) List<String> args) {
		return withFlyway(args, (flyway, out) -> {
			flyway.validate();
			out.printf("Schema is valid: %d migration(s) applied, version %s.%n", flyway.info().applied().length,
					currentVersion(flyway));
		});
	}

	private static String currentVersion(Flyway flyway) {
		MigrationInfo current = flyway.info().current();
		return (current != null) ? current.getVersion().toString() : "none (empty database)";
	}

	private int withFlyway(List<String> args, BiConsumer<Flyway, PrintWriter> action) {
		List<String> commandArgs = new ArrayList<>(this.springArgs);
		if (args != null) {
			commandArgs.addAll(args);
		}
		try (ConfigurableApplicationContext context = this.root.launcher()
			.database(this.root.springArguments(this.spec, commandArgs))) {
			PrintWriter out = this.spec.commandLine().getOut();
			action.accept(context.getBean(Flyway.class), out);
			out.flush();
		}
		return 0;
	}

}

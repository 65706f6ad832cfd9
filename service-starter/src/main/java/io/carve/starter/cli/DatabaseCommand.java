package io.carve.starter.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.support.SpringFactoriesLoader;

/**
 * A service's own {@code db} subcommand: a picocli {@code @Command} extending this class and
 * listed in the service's {@code META-INF/spring.factories} under
 * {@code io.carve.starter.cli.DatabaseCommand}. It runs on the service's database, started as
 * {@code db migrate} starts it (operator file, {@code --spring.*} options, the embedded
 * PostgreSQL) and migrated by Flyway first, so the service's tables exist.
 */
public abstract class DatabaseCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	/** Spring options given after the command, passed on with those given before it. */
	@Unmatched
	List<String> springArgs = new ArrayList<>();

	/** The command line that runs this command, set by the starter when it adds the command. */
	ServiceCommandLine root;

	@Override
	public final Integer call() throws Exception {
		checkOptions();
		List<String> args = new ArrayList<>();
		if (this.spec.parent() != null && this.spec.parent().userObject() instanceof DbCommand db) {
			args.addAll(db.springArgs);
		}
		args.addAll(this.springArgs);
		try (ConfigurableApplicationContext context = this.root.launcher()
			.database(this.root.springArguments(this.spec, args))) {
			context.getBean(Flyway.class).migrate();
			int exitCode = run(new ServiceDatabase(context.getBean(DataSource.class)));
			out().flush();
			return exitCode;
		}
	}

	/**
	 * Refuses options that cannot work by throwing, before the database is started and migrated
	 * for nothing; by default every combination is fine.
	 */
	protected void checkOptions() {
	}

	/**
	 * Does the command's work on the migrated database and returns its exit code; a thrown
	 * exception ends it with code 1 and its message on standard error.
	 */
	protected abstract int run(ServiceDatabase database) throws Exception;

	/**
	 * The service's own commands, listed in {@code META-INF/spring.factories}: new instances for
	 * each command line, so nothing of an earlier shell line's options lingers.
	 */
	static List<DatabaseCommand> of(ServiceCommandLine root) {
		List<DatabaseCommand> commands = SpringFactoriesLoader
			.forDefaultResourceLocation(root.application().getClassLoader())
			.load(DatabaseCommand.class);
		commands.forEach((command) -> command.root = root);
		return commands;
	}

	/** Where the command's report goes. */
	protected PrintWriter out() {
		return this.spec.commandLine().getOut();
	}

	/** Where the command's warnings go. */
	protected PrintWriter err() {
		return this.spec.commandLine().getErr();
	}

	/** The process's environment, or the one a test gave the command line. */
	protected Map<String, String> environment() {
		return this.root.environment();
	}

	/** The service's name, as its command has it. */
	protected String serviceName() {
		return this.root.name();
	}

}

package io.carve.starter.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.ClassUtils;

/**
 * Every service's command line: with no command it serves HTTP; {@code runserver}, {@code db}
 * (where Flyway is present), {@code routes}, {@code openapi} and {@code shell} do the rest. Unknown
 * {@code --key=value} options pass on to Spring, as with any Boot jar. A service's {@code main}
 * is one call to {@link #run}; a service adds {@code db} subcommands of its own as
 * {@link DatabaseCommand}s.
 */
@Command(name = "service", mixinStandardHelpOptions = true, versionProvider = ServiceVersion.class,
		description = "Serves the ${ROOT-COMMAND-NAME} HTTP API, or runs one of its commands.",
		subcommands = { RunServerCommand.class, RoutesCommand.class, OpenApiCommand.class, ShellCommand.class })
public class ServiceCommandLine implements Callable<Integer> {

	@Unmatched
	List<String> springArgs = new ArrayList<>();

	private final Class<?> application;

	private final String name;

	private final ServiceLauncher launcher;

	private final BufferedReader in;

	private final PrintWriter out;

	private final PrintWriter err;

	/** The server a command started, shared with the shell's command lines. */
	private final AtomicReference<ConfigurableApplicationContext> server;

	ServiceCommandLine(Class<?> application, String name, ServiceLauncher launcher, BufferedReader in, PrintWriter out,
			PrintWriter err) {
		this(application, name, launcher, in, out, err, new AtomicReference<>());
	}

	private ServiceCommandLine(Class<?> application, String name, ServiceLauncher launcher, BufferedReader in,
			PrintWriter out, PrintWriter err, AtomicReference<ConfigurableApplicationContext> server) {
		this.application = application;
		this.name = name;
		this.launcher = launcher;
		this.in = in;
		this.out = out;
		this.err = err;
		this.server = server;
	}

	/**
	 * Runs the command line of the service whose {@code @SpringBootApplication} class is given, and
	 * exits with the command's code unless it started serving HTTP.
	 */
	public static void run(Class<?> application, String... args) {
		ServiceCommandLine commandLine = standard(application);
		int exitCode = commandLine.execute(args);
		if (!commandLine.isServing()) {
			System.exit(exitCode);
		}
	}

	/** The command line of this service on the process's own environment and terminal. */
	public static ServiceCommandLine standard(Class<?> application) {
		return on(application, System.getenv(), new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
				new PrintWriter(System.out, true), new PrintWriter(System.err, true));
	}

	/** The command line of this service on the given environment and streams, as tests drive it. */
	public static ServiceCommandLine on(Class<?> application, Map<String, String> environment, BufferedReader in,
			PrintWriter out, PrintWriter err) {
		String name = ServiceName.of(application);
		return new ServiceCommandLine(application, name, new ServiceLauncher(application, name, environment), in, out,
				err);
	}

	/** Runs one command line; returns its exit code (0 when it started serving). */
	public int execute(String... args) {
		return newCommandLine().execute(args);
	}

	/** Whether a command started the HTTP server, which then runs until the process stops. */
	public boolean isServing() {
		ConfigurableApplicationContext context = this.server.get();
		return context != null && context.isActive();
	}

	/**
	 * A fresh command line for one line the shell read: parsed on a new instance, so nothing of an
	 * earlier line's arguments lingers, without the shell itself, sharing the server it may start.
	 */
	CommandLine forShellLine() {
		ServiceCommandLine line = new ServiceCommandLine(this.application, this.name, this.launcher, this.in, this.out,
				this.err, this.server);
		CommandLine commandLine = line.newCommandLine();
		commandLine.getCommandSpec().removeSubcommand("shell");
		return commandLine;
	}

	private CommandLine newCommandLine() {
		CommandLine commandLine = new CommandLine(this, new CommandFactory(this));
		commandLine.setCommandName(this.name);
		if (ClassUtils.isPresent("org.flywaydb.core.Flyway", this.application.getClassLoader())) {
			CommandLine db = new CommandLine(DbCommand.class, new CommandFactory(this));
			for (DatabaseCommand command : DatabaseCommand.of(this)) {
				db.addSubcommand(new CommandLine(command, new CommandFactory(this)));
			}
			commandLine.addSubcommand(db);
		}
		// Spring's own --key=value options reach the commands as arguments to pass on.
		commandLine.setUnmatchedOptionsArePositionalParams(true);
		commandLine.setOut(this.out);
		commandLine.setErr(this.err);
		commandLine.setExecutionExceptionHandler((ex, line, parseResult) -> {
			line.getErr().println(this.name + ": " + FailureMessages.of(ex));
			line.getErr().flush();
			return 1;
		});
		return commandLine;
	}

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		serve(springArguments(this.spec, List.of()));
		return 0;
	}

	/**
	 * The options to pass on to Spring: those given before the command, then the command's own.
	 * They must all be {@code --key=value} options: a stray word is a mistyped command, and must
	 * not start the server.
	 */
	List<String> springArguments(CommandSpec command, List<String> commandArgs) {
		List<String> all = new ArrayList<>(this.springArgs);
		all.addAll(commandArgs);
		for (String arg : all) {
			if (!arg.startsWith("--")) {
				throw new ParameterException(command.commandLine(), "Unknown command or argument '" + arg
						+ "'; run '" + command.qualifiedName() + " --help' for the commands and options.");
			}
		}
		return all;
	}

	void serve(List<String> args) {
		this.server.set(this.launcher.serve(args));
	}

	/** The service's name, as its command and prompt. */
	String name() {
		return this.name;
	}

	Class<?> application() {
		return this.application;
	}

	ServiceLauncher launcher() {
		return this.launcher;
	}

	Map<String, String> environment() {
		return this.launcher.environment();
	}

	BufferedReader in() {
		return this.in;
	}

	/** Builds subcommands with access to this command line. */
	private record CommandFactory(ServiceCommandLine root) implements CommandLine.IFactory {

		@Override
		public <K> K create(Class<K> type) throws Exception {
			if (type == ServiceCommandLine.class) {
				return type.cast(this.root);
			}
			for (var constructor : type.getDeclaredConstructors()) {
				if (constructor.getParameterCount() == 1
						&& constructor.getParameterTypes()[0] == ServiceCommandLine.class) {
					constructor.setAccessible(true);
					return type.cast(constructor.newInstance(this.root));
				}
			}
			return CommandLine.defaultFactory().create(type);
		}

	}

}

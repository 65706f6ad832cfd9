package io.carve.starter.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** {@code runserver [--host H] [--port P]}: serves HTTP on the given address. */
@Command(name = "runserver", mixinStandardHelpOptions = true,
		description = "Serves the HTTP API until stopped (Ctrl-C or SIGTERM stop it gracefully).")
class RunServerCommand implements Callable<Integer> {

	@Option(names = "--host", paramLabel = "HOST", description = "Address to listen on (default: 127.0.0.1 without TLS, every address with it).")
	String host;

	@Option(names = "--port", paramLabel = "PORT",
			description = "Port to listen on, 0 for any free one (default: server.port in the configuration).")
	Integer port;

	@Spec
	CommandSpec spec;

	@Unmatched
	List<String> springArgs = new ArrayList<>();

	private final ServiceCommandLine root;

	RunServerCommand(ServiceCommandLine root) {
		this.root = root;
	}

	@Override
	public Integer call() {
		if (this.port != null && (this.port < 0 || this.port > 65535)) {
			throw new ParameterException(this.spec.commandLine(),
					"--port must be between 0 and 65535 (0 picks a free port), not " + this.port + ".");
		}
		List<String> args = new ArrayList<>(this.root.springArguments(this.spec, this.springArgs));
		if (this.host != null) {
			args.add("--server.address=" + this.host);
		}
		if (this.port != null) {
			args.add("--server.port=" + this.port);
		}
		this.root.serve(args);
		return 0;
	}

}

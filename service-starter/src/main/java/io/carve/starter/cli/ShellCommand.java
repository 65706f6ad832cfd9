package io.carve.starter.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code shell}: a prompt that reads the same commands, one per line, until {@code exit} or the
 * end of input, so it also takes commands piped to it.
 */
@Command(name = "shell", mixinStandardHelpOptions = true,
		description = "Reads the other commands, help and exit from a prompt or from standard input.")
class ShellCommand implements Callable<Integer> {

	private static final Pattern TOKEN = Pattern.compile("\"([^\"]*)\"|'([^']*)'|(\\S+)");

	@Spec
	CommandSpec spec;

	/** Spring options given to {@code shell}, passed on to every command it runs with those before it. */
	@Unmatched
	List<String> springArgs = new ArrayList<>();

	private final ServiceCommandLine root;

	ShellCommand(ServiceCommandLine root) {
		this.root = root;
	}

	@Override
	public Integer call() throws IOException {
		List<String> options = this.root.springArguments(this.spec, this.springArgs);
		PrintWriter out = this.spec.commandLine().getOut();
		out.println(this.root.name() + " shell: type 'help' for the commands, 'exit' to leave.");
		int lastExit = 0;
		while (true) {
			out.print(this.root.name() + "> ");
			out.flush();
			String line = this.root.in().readLine();
			if (line == null) {
				out.println();
				break;
			}
			List<String> words = tokens(line);
			if (words.isEmpty()) {
				continue;
			}
			if (words.get(0).equals("exit") || words.get(0).equals("quit")) {
				break;
			}
			CommandLine commands = this.root.forShellLine();
			if (words.get(0).equals("help")) {
				commands.usage(out);
				continue;
			}
			words.addAll(options);
			lastExit = commands.execute(words.toArray(String[]::new));
			if (this.root.isServing()) {
				out.println("Serving HTTP until the process is stopped; the shell has ended.");
				break;
			}
		}
		out.flush();
		return lastExit;
	}

	static List<String> tokens(String line) {
		List<String> tokens = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(line);
		while (matcher.find()) {
			for (int group = 1; group <= 3; group++) {
				if (matcher.group(group) != null) {
					tokens.add(matcher.group(group));
					break;
				}
			}
		}
		return tokens;
	}

}

package io.carve.starter.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code openapi [--output FILE]}: the API description the service serves at {@code /v3/api-docs},
 * read from its web layer, as the build lints it and as other teams read it.
 */
@Command(name = "openapi", mixinStandardHelpOptions = true,
		description = "Prints the API description (OpenAPI, JSON), or writes it to a file.")
class OpenApiCommand implements Callable<Integer> {

	@Option(names = "--output", paramLabel = "FILE", description = "Writes the description to FILE instead.")
	Path output;

	@Spec
	CommandSpec spec;

	@Unmatched
	List<String> springArgs = new ArrayList<>();

	private final ServiceCommandLine root;

	OpenApiCommand(ServiceCommandLine root) {
		this.root = root;
	}

	@Override
	public Integer call() throws IOException, InterruptedException {
		String description;
		try (ConfigurableApplicationContext context = this.root.launcher()
			.webLayer(this.root.springArguments(this.spec, this.springArgs))) {
			description = fetch(context);
		}
		if (this.output != null) {
			Files.writeString(this.output, description, StandardCharsets.UTF_8);
			return 0;
		}
		PrintWriter out = this.spec.commandLine().getOut();
		out.print(description);
		out.flush();
		return 0;
	}

	/**
	 * The description as the web layer answers it, indented, with the service's own address ("/")
	 * as its server, in place of the one springdoc named after the request: the throwaway port.
	 */
	private static String fetch(ConfigurableApplicationContext context) throws IOException, InterruptedException {
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		String path = context.getEnvironment().getProperty("springdoc.api-docs.path", "/v3/api-docs");
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Accept", "application/json")
			.timeout(Duration.ofSeconds(30))
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		if (response.statusCode() != 200) {
			throw new IllegalStateException("The web layer answered " + response.statusCode() + " to " + path + ": "
					+ response.body());
		}
		JsonMapper mapper = JsonMapper.builder().build();
		ObjectNode api = (ObjectNode) mapper.readTree(response.body());
		api.putArray("servers").addObject().put("url", "/").put("description", "Wherever the service runs.");
		return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(api) + System.lineSeparator();
	}

}

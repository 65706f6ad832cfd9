package io.carve.starter.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/** {@code routes}: every HTTP endpoint the service serves, with its handler. */
@Command(name = "routes", mixinStandardHelpOptions = true, description = "Lists the HTTP endpoints.")
class RoutesCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Unmatched
	List<String> springArgs = new ArrayList<>();

	private final ServiceCommandLine root;

	RoutesCommand(ServiceCommandLine root) {
		this.root = root;
	}

	@Override
	public Integer call() {
		TreeSet<String> routes = new TreeSet<>();
		try (ConfigurableApplicationContext context = this.root.launcher()
			.webLayer(this.root.springArguments(this.spec, this.springArgs))) {
			for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
				.values()) {
				for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
					routes.addAll(describe(entry.getKey(), entry.getValue()));
				}
			}
		}
		PrintWriter out = this.spec.commandLine().getOut();
		routes.forEach(out::println);
		out.flush();
		return 0;
	}

	private static List<String> describe(RequestMappingInfo info, HandlerMethod handler) {
		List<String> methods = info.getMethodsCondition().getMethods().isEmpty() ? List.of("ANY")
				: info.getMethodsCondition().getMethods().stream().map(Enum::name).sorted().toList();
		List<String> lines = new ArrayList<>();
		for (String pattern : info.getPatternValues()) {
			if (pattern.startsWith("/error")) {
				continue;
			}
			for (String method : methods) {
				lines.add(String.format("%-7s %-45s %s#%s", method, pattern, handler.getBeanType().getSimpleName(),
						handler.getMethod().getName()));
			}
		}
		return lines;
	}

}

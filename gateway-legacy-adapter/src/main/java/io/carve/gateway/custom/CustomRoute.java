package io.carve.gateway.custom;

import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.carve.gateway.routes.MigratedAnswers;
import io.carve.gateway.routes.MigratedRoute;
import io.carve.gateway.shadow.Answer;

import org.springframework.stereotype.Component;

/** The monolith's {@code /api/custom}, as a route whose mode configuration sets ({@code gateway.routes.custom.mode}). */
@Component
class CustomRoute implements MigratedRoute {

	private static final Pattern ITEM = Pattern.compile(Pattern.quote(CustomItem.PATH) + "/(\\d{1,18})");

	private final CustomItems items;

	private final MigratedAnswers answers;

	CustomRoute(CustomItems items, MigratedAnswers answers) {
		this.items = items;
		this.answers = answers;
	}

	@Override
	public String name() {
		return "custom";
	}

	@Override
	public List<String> paths() {
		return List.of(CustomItem.PATH, CustomItem.PATH + "/**");
	}

	@Override
	public Supplier<Answer> candidate(String method, String path, String accept) {
		if (!method.equals("GET")) {
			return null;
		}
		if (path.equals(CustomItem.PATH)) {
			return () -> this.answers.of(() -> this.items.list(accept));
		}
		Matcher item = ITEM.matcher(path);
		if (item.matches()) {
			long id = Long.parseLong(item.group(1));
			return () -> this.answers.of(() -> this.items.get(id, accept));
		}
		return null;
	}

}

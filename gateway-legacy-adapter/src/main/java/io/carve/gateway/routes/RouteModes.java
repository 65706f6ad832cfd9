package io.carve.gateway.routes;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.cloud.context.environment.EnvironmentChangeEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Each migrated route's mode, from {@code gateway.routes.<route>.mode} (the file
 * {@code GATEWAY_LEGACY_ADAPTER_ROUTES} names, {@code /etc/gateway-legacy-adapter/routes.yml} by
 * default). Read again on every configuration reload (SIGHUP, {@code systemctl reload}); the modes
 * are swapped at once, so a request runs wholly in the mode it began in. A mode or route name that
 * does not exist stops the start, and at a reload keeps the modes as they were.
 */
@Component
public class RouteModes implements ApplicationListener<EnvironmentChangeEvent> {

	private static final Logger log = LoggerFactory.getLogger(RouteModes.class);

	static final String PREFIX = "gateway.routes";

	private final Environment environment;

	private final Map<String, MigratedRoute> routes;

	private final AtomicReference<Map<String, RouteMode>> modes = new AtomicReference<>();

	RouteModes(Environment environment, List<MigratedRoute> routes) {
		this.environment = environment;
		this.routes = routes.stream().collect(Collectors.toMap(MigratedRoute::name, Function.identity()));
		this.modes.set(read());
		log.info("Route modes: {}", this.modes.get());
	}

	/** The route's mode now. */
	public RouteMode mode(String route) {
		return this.modes.get().getOrDefault(route, RouteMode.MIGRATED);
	}

	@Override
	public void onApplicationEvent(EnvironmentChangeEvent event) {
		try {
			Map<String, RouteMode> read = read();
			Map<String, RouteMode> before = this.modes.getAndSet(read);
			if (!read.equals(before)) {
				log.info("Route modes changed from {} to {}", before, read);
			}
		}
		catch (IllegalArgumentException ex) {
			log.error("The reloaded route modes are refused, and the modes stay {}: {}", this.modes.get(),
					ex.getMessage());
		}
	}

	private Map<String, RouteMode> read() {
		Map<String, RouteSettings> settings;
		try {
			settings = Binder.get(this.environment)
				.bind(PREFIX, Bindable.mapOf(String.class, RouteSettings.class))
				.orElse(Map.of());
		}
		catch (BindException ex) {
			throw new IllegalArgumentException(ex.getName() + ": '" + valueOf(ex.getName().toString()) + "' is not a route mode; use "
					+ Arrays.stream(RouteMode.values()).map((mode) -> mode.name().toLowerCase(Locale.ROOT))
						.collect(Collectors.joining(", ")), ex);
		}
		Map<String, RouteMode> read = new LinkedHashMap<>();
		this.routes.keySet().stream().sorted().forEach((name) -> read.put(name, RouteMode.MIGRATED));
		settings.forEach((name, route) -> {
			if (!this.routes.containsKey(name)) {
				throw new IllegalArgumentException(PREFIX + "." + name + ": the gateway has no migrated route '" + name
						+ "'; its routes are " + String.join(", ", read.keySet()));
			}
			if (route.mode() != null) {
				read.put(name, route.mode());
			}
		});
		return Collections.unmodifiableMap(read);
	}

	private String valueOf(String name) {
		try {
			return Binder.get(this.environment).bind(name, String.class).orElse("");
		}
		catch (BindException ex) {
			return "";
		}
	}

	/** One route's settings. */
	record RouteSettings(RouteMode mode) {

	}

}

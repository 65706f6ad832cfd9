package io.carve.starter.reload;

import java.util.Set;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.cloud.context.refresh.ContextRefresher;

/**
 * Reads the service's configuration again (the jar's, the operator file and what it imports) and
 * tells the beans that follow it ({@code EnvironmentChangeEvent}), without a restart: requests in
 * flight carry on. A configuration that no longer loads leaves the running one as it was.
 */
public class ConfigurationReload {

	private static final Logger log = LoggerFactory.getLogger(ConfigurationReload.class);

	private final ContextRefresher refresher;

	public ConfigurationReload(ContextRefresher refresher) {
		this.refresher = refresher;
	}

	/** Reloads; returns the keys that changed, or null when the new configuration failed to load. */
	public Set<String> reload(String cause) {
		try {
			Set<String> changed = new TreeSet<>(this.refresher.refresh());
			log.info("Reloaded the configuration ({}): {}", cause,
					changed.isEmpty() ? "nothing changed" : "changed " + String.join(", ", changed));
			return changed;
		}
		catch (RuntimeException ex) {
			log.error("Could not reload the configuration ({}); the service runs on as it was. Fix the files and"
					+ " reload again: {}", cause, ex.toString());
			return null;
		}
	}

}

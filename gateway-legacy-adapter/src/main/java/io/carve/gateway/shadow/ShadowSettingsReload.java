package io.carve.gateway.shadow;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.cloud.context.environment.EnvironmentChangeEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * At a configuration reload (SIGHUP, {@code systemctl reload}), the shadow settings an operator
 * tunes while a route is shadowed take effect at once: {@code sample-rate}, {@code compared-headers},
 * {@code ignored-headers} and {@code ignored-fields}. The bulkhead, the timeout and the mismatch
 * log's file and caps keep their values until a restart. A sampling rate outside 0..1 is refused
 * and the settings stay as they were.
 */
@Component
class ShadowSettingsReload implements ApplicationListener<EnvironmentChangeEvent> {

	private static final Logger log = LoggerFactory.getLogger(ShadowSettingsReload.class);

	private final Environment environment;

	private final ComparingShadowReads shadowReads;

	private final JsonMapper json;

	ShadowSettingsReload(Environment environment, ComparingShadowReads shadowReads, JsonMapper json) {
		this.environment = environment;
		this.shadowReads = shadowReads;
		this.json = json;
	}

	@Override
	public void onApplicationEvent(EnvironmentChangeEvent event) {
		if (event.getKeys().stream().noneMatch((key) -> key.startsWith("gateway.shadow."))) {
			return;
		}
		try {
			ShadowProperties settings = Binder.get(this.environment).bindOrCreate("gateway.shadow", ShadowProperties.class);
			if (settings.sampleRate() < 0 || settings.sampleRate() > 1) {
				throw new IllegalArgumentException("gateway.shadow.sample-rate must be from 0 to 1, not " + settings.sampleRate());
			}
			this.shadowReads.apply(settings.sampleRate(), new AnswerComparator(settings.comparedHeaders(),
					settings.ignoredHeaders(), settings.ignoredFields(), this.json));
			log.info("Shadow settings reloaded: sample-rate {}, ignored fields {}, ignored headers {}", settings.sampleRate(),
					settings.ignoredFields(), settings.ignoredHeaders());
		}
		catch (RuntimeException ex) {
			log.error("The reloaded shadow settings are refused and the running ones kept: {}", ex.getMessage());
		}
	}

}

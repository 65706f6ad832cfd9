package io.carve.gateway.shadow;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The parts of the shadow comparison, from {@code gateway.shadow.*}. */
@Configuration(proxyBeanMethods = false)
class ShadowConfiguration {

	@Bean(destroyMethod = "close")
	ShadowCalls shadowCalls(ShadowProperties properties) {
		return new ShadowCalls(properties.maxConcurrent(), properties.timeout());
	}

	@Bean
	AnswerComparator shadowAnswerComparator(ShadowProperties properties, JsonMapper json) {
		return new AnswerComparator(properties.comparedHeaders(), properties.ignoredHeaders(), properties.ignoredFields(),
				json);
	}

	@Bean
	ShadowMetrics shadowMetrics(MeterRegistry registry) {
		return new ShadowMetrics(registry);
	}

	@Bean(destroyMethod = "close")
	MismatchLog shadowMismatchLog(ShadowProperties properties, Environment environment, ShadowMetrics metrics) {
		ShadowProperties.MismatchLogSettings settings = properties.mismatchLog();
		MismatchLogFile file = MismatchLogFile.open(MismatchLogFile.resolve(settings.file(), environment),
				settings.maxFileSize(), settings.maxFiles());
		return new MismatchLog(file, settings.maxPerMinute(), Clock.systemUTC(), metrics);
	}

}

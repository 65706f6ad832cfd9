package io.carve.starter.reload;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.cloud.context.refresh.ContextRefresher;
import org.springframework.context.annotation.Bean;

/**
 * Configuration reload without a restart, where Spring Cloud's refresh is present (every service
 * with a Feign client has it): SIGHUP, which the package's unit sends on {@code systemctl reload},
 * re-reads the configuration. {@code carve.reload.on-hangup=false} leaves SIGHUP to the JVM.
 */
@AutoConfiguration(afterName = "org.springframework.cloud.autoconfigure.RefreshAutoConfiguration")
@ConditionalOnClass(ContextRefresher.class)
@ConditionalOnBean(ContextRefresher.class)
public class ReloadAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ConfigurationReload configurationReload(ContextRefresher refresher) {
		return new ConfigurationReload(refresher);
	}

	@Bean
	@ConditionalOnBooleanProperty(name = "carve.reload.on-hangup", matchIfMissing = true)
	HangupReload hangupReload(ConfigurationReload reload) {
		return new HangupReload(reload);
	}

}

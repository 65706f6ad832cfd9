package io.carve.starter.logging;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/** Logs where the service listens once it does. */
@AutoConfiguration
@ConditionalOnWebApplication
@ConditionalOnBooleanProperty(name = "carve.logging.listen-address.enabled", matchIfMissing = true)
public class ServiceLoggingAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ListenAddressLogger listenAddressLogger(@Value("${server.address:localhost}") String address,
			@Value("${server.ssl.bundle:}") String sslBundle, @Value("${server.ssl.enabled:true}") boolean sslEnabled) {
		return new ListenAddressLogger(address, !sslBundle.isEmpty() && sslEnabled);
	}

}

package io.carve.model.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/** Says where the service listens once it does, so a newcomer knows what to call. */
@Component
class ListenAddressLogger implements ApplicationListener<WebServerInitializedEvent> {

	private static final Logger log = LoggerFactory.getLogger(ListenAddressLogger.class);

	private final String address;

	ListenAddressLogger(@Value("${server.address:localhost}") String address) {
		this.address = address.contains(":") ? "[" + address + "]" : address;
	}

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		String base = "http://" + this.address + ":" + event.getWebServer().getPort();
		log.info("Listening on {} (API {}/api/v1/models, health {}/actuator/health); press Ctrl-C to stop", base,
				base, base);
	}

}

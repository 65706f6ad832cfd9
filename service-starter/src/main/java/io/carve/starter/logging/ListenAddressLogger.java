package io.carve.starter.logging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;

/** Says where the service listens once it does, so a newcomer knows what to call. */
public class ListenAddressLogger implements ApplicationListener<WebServerInitializedEvent> {

	private static final Logger log = LoggerFactory.getLogger(ListenAddressLogger.class);

	private final String address;

	public ListenAddressLogger(String address) {
		this.address = address.contains(":") ? "[" + address + "]" : address;
	}

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		String base = "http://" + this.address + ":" + event.getWebServer().getPort();
		log.info("Listening on {} (API described at {}/v3/api-docs, health {}/actuator/health); press Ctrl-C to stop",
				base, base, base);
	}

}

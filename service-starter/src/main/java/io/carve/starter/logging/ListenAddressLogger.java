package io.carve.starter.logging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;

/** Says where the service listens once it does, so a newcomer knows what to call. */
public class ListenAddressLogger implements ApplicationListener<WebServerInitializedEvent> {

	private static final Logger log = LoggerFactory.getLogger(ListenAddressLogger.class);

	private final String address;

	private final String scheme;

	public ListenAddressLogger(String address) {
		this(address, false);
	}

	/** Where the API is served, over HTTPS if {@code https}. */
	public ListenAddressLogger(String address, boolean https) {
		this.address = address.contains(":") ? "[" + address + "]" : address;
		this.scheme = https ? "https" : "http";
	}

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		WebServerApplicationContext context = event.getApplicationContext();
		if (context != null && context.getServerNamespace() != null) {
			// A management port of its own: not where the API is.
			return;
		}
		String base = this.scheme + "://" + this.address + ":" + event.getWebServer().getPort();
		log.info("Listening on {} (API described at {}/v3/api-docs, health {}/actuator/health); press Ctrl-C to stop",
				base, base, base);
	}

}

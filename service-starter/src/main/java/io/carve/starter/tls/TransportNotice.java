package io.carve.starter.tls;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Says at start how the service is reached: over mutual TLS; in plain HTTP on loopback only, with
 * how to serve other hosts; or, with a warning, in plain HTTP beyond loopback, which only a
 * service behind a TLS-terminating load balancer should do.
 */
class TransportNotice implements ApplicationListener<WebServerInitializedEvent> {

	private static final Logger log = LoggerFactory.getLogger(TransportNotice.class);

	private final TlsProperties tls;

	private final Environment environment;

	TransportNotice(TlsProperties tls, Environment environment) {
		this.tls = tls;
		this.environment = environment;
	}

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		boolean management = event.getApplicationContext() != null
				&& "management".equals(event.getApplicationContext().getServerNamespace());
		String port = management ? "management port" : "API port";
		int number = event.getWebServer().getPort();
		if (this.tls.servesTls()) {
			log.info("Serving HTTPS on the {} {}, {} a client certificate signed by {}", port, number,
					management ? "wanting (health answers without one)" : "requiring", this.tls.ca());
			return;
		}
		String address = this.environment.getProperty(management ? "management.server.address" : "server.address",
				TlsSettings.LOOPBACK);
		if (isLoopback(address)) {
			log.info("Serving plain HTTP on loopback only ({}:{}, the {}): to serve other hosts, name the service's "
					+ "certificate, key and CA in carve.tls.certificate, carve.tls.private-key and carve.tls.ca",
					address, number, port);
		}
		else {
			log.warn("Serving plain HTTP beyond loopback ({}:{}, the {}): anyone who reaches this address can call "
					+ "the service unauthenticated; do this only behind a TLS-terminating load balancer, or name "
					+ "carve.tls.certificate, carve.tls.private-key and carve.tls.ca", address, number, port);
		}
	}

	private static boolean isLoopback(String address) {
		try {
			return InetAddress.getByName(address).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

}

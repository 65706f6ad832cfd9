package io.carve.starter.reload;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;
import sun.misc.SignalHandler;

import org.springframework.context.SmartLifecycle;

/**
 * {@code systemctl reload} (the unit's {@code ExecReload} sends SIGHUP) reloads the configuration,
 * as nginx and most daemons do. Without this the JVM treats SIGHUP as a request to exit. The
 * JDK offers no supported signal API; {@code sun.misc.Signal} (module {@code jdk.unsupported},
 * kept for exactly such uses) is the one there is. The previous handler is put back on stop.
 */
class HangupReload implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(HangupReload.class);

	private static final Signal HANGUP = new Signal("HUP");

	private final ConfigurationReload reload;

	private volatile SignalHandler previous;

	HangupReload(ConfigurationReload reload) {
		this.reload = reload;
	}

	@Override
	public void start() {
		try {
			this.previous = Signal.handle(HANGUP, (signal) -> onHangup());
		}
		catch (IllegalArgumentException ex) {
			// The JVM was started with -Xrs, or the platform has no SIGHUP: reload then needs a restart.
			log.warn("SIGHUP cannot be handled here ({}); a configuration change needs a restart", ex.getMessage());
		}
	}

	/** What SIGHUP does, on the JVM's signal thread; tests call it directly. */
	void onHangup() {
		this.reload.reload("SIGHUP");
	}

	@Override
	public void stop() {
		SignalHandler handler = this.previous;
		if (handler != null) {
			Signal.handle(HANGUP, handler);
			this.previous = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.previous != null;
	}

}

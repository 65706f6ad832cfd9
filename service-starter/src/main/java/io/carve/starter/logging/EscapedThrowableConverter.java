package io.carve.starter.logging;

import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;

import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/**
 * Boot's {@code %wEx} (a stack trace after a blank line, with the jar of each frame) with every
 * exception's message escaped: its stack frames are lines of their own, but a message, which may
 * quote a client's value, cannot add one.
 */
public class EscapedThrowableConverter extends ExtendedWhitespaceThrowableProxyConverter {

	@Override
	protected String throwableProxyToString(IThrowableProxy proxy) {
		return super.throwableProxyToString(new Escaped(proxy));
	}

	/** The exception as logback sees it, with its message, causes' and suppressed ones' escaped. */
	private record Escaped(IThrowableProxy proxy) implements IThrowableProxy {

		private static IThrowableProxy of(IThrowableProxy proxy) {
			return (proxy != null) ? new Escaped(proxy) : null;
		}

		@Override
		public String getMessage() {
			return LogText.escape(this.proxy.getMessage());
		}

		@Override
		public String getOverridingMessage() {
			return LogText.escape(this.proxy.getOverridingMessage());
		}

		@Override
		public String getClassName() {
			return this.proxy.getClassName();
		}

		@Override
		public StackTraceElementProxy[] getStackTraceElementProxyArray() {
			return this.proxy.getStackTraceElementProxyArray();
		}

		@Override
		public int getCommonFrames() {
			return this.proxy.getCommonFrames();
		}

		@Override
		public IThrowableProxy getCause() {
			// A cyclic cause is logged by logback as a reference, never followed: keep it as it is.
			return this.proxy.isCyclic() ? this.proxy.getCause() : of(this.proxy.getCause());
		}

		@Override
		public IThrowableProxy[] getSuppressed() {
			IThrowableProxy[] suppressed = this.proxy.getSuppressed();
			if (suppressed == null) {
				return null;
			}
			IThrowableProxy[] escaped = new IThrowableProxy[suppressed.length];
			for (int i = 0; i < suppressed.length; i++) {
				escaped[i] = of(suppressed[i]);
			}
			return escaped;
		}

		@Override
		public boolean isCyclic() {
			return this.proxy.isCyclic();
		}

	}

}

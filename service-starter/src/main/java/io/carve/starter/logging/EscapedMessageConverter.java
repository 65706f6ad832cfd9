package io.carve.starter.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** {@code %m}, {@code %msg}, {@code %message} with the message's line breaks and control characters escaped. */
public class EscapedMessageConverter extends MessageConverter {

	@Override
	public String convert(ILoggingEvent event) {
		return LogText.escape(super.convert(event));
	}

}

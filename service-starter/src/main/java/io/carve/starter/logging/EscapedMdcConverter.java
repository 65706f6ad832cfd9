package io.carve.starter.logging;

import ch.qos.logback.classic.pattern.MDCConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** {@code %X}, {@code %mdc} with the values' line breaks and control characters escaped. */
public class EscapedMdcConverter extends MDCConverter {

	@Override
	public String convert(ILoggingEvent event) {
		return LogText.escape(super.convert(event));
	}

}

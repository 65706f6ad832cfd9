package io.carve.gateway.shadow;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.util.FileSize;
import org.slf4j.LoggerFactory;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;
import org.springframework.util.unit.DataSize;

/**
 * The mismatch log's own Logback appender: a file rolled over at a size, keeping a number of
 * files, so that it never takes more than their product on disk. Without a file (the service
 * logs only to its console, as under {@code ./run-local} without the option) the mismatches go
 * where the service's own lines go.
 */
final class MismatchLogFile implements AutoCloseable {

	/** The file's name beside the service's log. */
	static final String NAME = "shadow-mismatches.log";

	private static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %m%n";

	private final Path path;

	private final RollingFileAppender<ILoggingEvent> appender;

	private MismatchLogFile(Path path, RollingFileAppender<ILoggingEvent> appender) {
		this.path = path;
		this.appender = appender;
	}

	/**
	 * The configured file, or {@value #NAME} in the directory of the service's log file
	 * ({@code logging.file.name}, or {@code logging.file.path} as the starter's
	 * {@code ServiceLogFile} reads it: {@code /var/log/<service>} in the package); null for none.
	 */
	static Path resolve(Path configured, Environment environment) {
		if (configured != null) {
			return configured;
		}
		String serviceLog = environment.getProperty("logging.file.name");
		if (StringUtils.hasText(serviceLog)) {
			return Path.of(serviceLog).toAbsolutePath().resolveSibling(NAME);
		}
		String directory = environment.getProperty("logging.file.path");
		return StringUtils.hasText(directory) ? Path.of(directory, NAME) : null;
	}

	/** Sends the mismatch logger's lines to this file alone; with no file, to the service's log. */
	static MismatchLogFile open(Path path, DataSize maxFileSize, int maxFiles) {
		Logger logger = (Logger) LoggerFactory.getLogger(MismatchLog.LOGGER);
		logger.setLevel(Level.INFO);
		if (path == null) {
			return new MismatchLogFile(null, null);
		}
		LoggerContext context = logger.getLoggerContext();
		RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
		appender.setContext(context);
		appender.setName("shadow-mismatches");
		appender.setFile(path.toString());

		FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
		rolling.setContext(context);
		rolling.setParent(appender);
		rolling.setFileNamePattern(path + ".%i");
		rolling.setMinIndex(1);
		rolling.setMaxIndex(maxFiles - 1);
		rolling.start();

		SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
		trigger.setContext(context);
		trigger.setMaxFileSize(new FileSize(maxFileSize.toBytes()));
		trigger.start();

		PatternLayoutEncoder encoder = new PatternLayoutEncoder();
		encoder.setContext(context);
		encoder.setPattern(PATTERN);
		encoder.setCharset(StandardCharsets.UTF_8);
		encoder.start();

		appender.setRollingPolicy(rolling);
		appender.setTriggeringPolicy(trigger);
		appender.setEncoder(encoder);
		appender.start();
		logger.addAppender(appender);
		logger.setAdditive(false);
		return new MismatchLogFile(path, appender);
	}

	Path path() {
		return this.path;
	}

	@Override
	public void close() {
		if (this.appender != null) {
			Logger logger = (Logger) LoggerFactory.getLogger(MismatchLog.LOGGER);
			logger.detachAppender(this.appender);
			logger.setAdditive(true);
			this.appender.stop();
		}
	}

}

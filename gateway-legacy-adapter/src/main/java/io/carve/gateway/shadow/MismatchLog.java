package io.carve.gateway.shadow;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import ch.qos.logback.classic.Logger;
import io.carve.starter.logging.LogText;
import org.slf4j.LoggerFactory;

/**
 * Writes each mismatching comparison as a block of lines: a header line with the route, the
 * request, the trace id and the kinds of difference, then one line per difference. Every value
 * is escaped ({@link LogText}), so a hostile body cannot start a line of its own. At most
 * {@code maxPerMinute} mismatches are written a minute; the others are counted in
 * {@value ShadowMetrics#UNLOGGED}, and one line a minute says how many were left out.
 */
final class MismatchLog implements AutoCloseable {

	/** The logger the mismatches go to, on its own file unless the service logs only to the console. */
	static final String LOGGER = "io.carve.gateway.shadow.mismatches";

	/** The most differences listed for one mismatch; the others are only counted on the entry. */
	static final int MAX_DIFFERENCES = 50;

	private static final long MINUTE = TimeUnit.MINUTES.toMillis(1);

	private final Logger log;

	private final MismatchLogFile file;

	private final int maxPerMinute;

	private final Clock clock;

	private final ShadowMetrics metrics;

	private final ScheduledExecutorService minutes;

	private long minute;

	private int written;

	private long leftOut;

	MismatchLog(MismatchLogFile file, int maxPerMinute, Clock clock, ShadowMetrics metrics) {
		this.log = (Logger) LoggerFactory.getLogger(LOGGER);
		this.file = file;
		this.maxPerMinute = maxPerMinute;
		this.clock = clock;
		this.metrics = metrics;
		this.minute = clock.millis() / MINUTE;
		this.minutes = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "shadow-mismatch-log");
			thread.setDaemon(true);
			return thread;
		});
		this.minutes.scheduleAtFixedRate(this::endMinuteIfOver, 1, 1, TimeUnit.MINUTES);
	}

	/** The file written, or null when the mismatches go to the service's console. */
	Path file() {
		return this.file.path();
	}

	synchronized void write(Mismatch mismatch) {
		endMinuteIfOver();
		if (this.written >= this.maxPerMinute) {
			this.leftOut++;
			this.metrics.unlogged(mismatch.route());
			return;
		}
		this.written++;
		this.log.info(LogText.escape(header(mismatch)));
		List<Difference> differences = mismatch.differences();
		differences.stream().limit(MAX_DIFFERENCES).forEach((difference) -> this.log.info("  " + LogText.escape(difference.describe())));
		if (differences.size() > MAX_DIFFERENCES) {
			this.log.info("  ... and " + (differences.size() - MAX_DIFFERENCES) + " more differences");
		}
	}

	/** On a new minute, says how many mismatches the last one's cap left out, if any. */
	synchronized void endMinuteIfOver() {
		long now = this.clock.millis() / MINUTE;
		if (now == this.minute) {
			return;
		}
		if (this.leftOut > 0) {
			this.log.info(this.leftOut + " more mismatches in the last minute were not written (at most "
					+ this.maxPerMinute + " a minute, gateway.shadow.mismatch-log.max-per-minute); "
					+ ShadowMetrics.MISMATCHES + " counts them all");
		}
		this.minute = now;
		this.written = 0;
		this.leftOut = 0;
	}

	private static String header(Mismatch mismatch) {
		return "mismatch route=" + mismatch.route() + " request=\"" + mismatch.request() + "\" accept="
				+ ((mismatch.accept() != null) ? "\"" + mismatch.accept() + "\"" : "-") + " trace=" + mismatch.traceId()
				+ " kinds=" + mismatch.kinds().stream().map(DifferenceKind::tag).collect(Collectors.joining(","))
				+ " status=" + mismatch.legacyStatus() + " -> "
				+ ((mismatch.candidateStatus() != null) ? mismatch.candidateStatus() : "-");
	}

	@Override
	public void close() {
		this.minutes.shutdownNow();
		this.file.close();
	}

}

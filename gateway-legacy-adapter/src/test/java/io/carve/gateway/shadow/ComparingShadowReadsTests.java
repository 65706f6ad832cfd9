package io.carve.gateway.shadow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.tracing.Tracer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.MDC;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.util.unit.DataSize;

import static io.carve.gateway.shadow.Answers.answer;
import static io.carve.gateway.shadow.Answers.json;
import static io.carve.gateway.shadow.Answers.xml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The shadow comparison beside the client: it returns at once whatever the new service does, and
 * counts and logs what it found.
 */
class ComparingShadowReadsTests {

	private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

	/** Well above what a call that hands work to a thread takes, well below the candidate's sleep. */
	private static final long AT_ONCE_MILLIS = 50;

	@TempDir
	Path logs;

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final MutableClock clock = new MutableClock();

	private ShadowCalls calls;

	private MismatchLog mismatchLog;

	@AfterEach
	void close() throws Exception {
		MDC.clear();
		this.mismatchLog.close();
		this.calls.close();
	}

	@Test
	void countsMatchingAnswersAsMatchAndLogsNothing() throws IOException {
		ShadowReads shadow = shadow(1.0, Duration.ofSeconds(2), 8, 60);
		shadow.compare("custom", "GET /api/custom/3", null, json(200, "{\"id\":3,\"name\":\"a\"}"),
				() -> json(200, "{\"name\":\"a\",\"id\":3}"));
		awaitCount("gateway.shadow.comparisons", "outcome", "match", 1);
		assertThat(count("gateway.shadow.comparisons", "outcome", "mismatch")).isZero();
		assertThat(logLines()).isEmpty();
	}

	@Test
	void countsAndLogsAMismatchPerKindWithItsDiffAndTraceId() throws IOException {
		ShadowReads shadow = shadow(1.0, Duration.ofSeconds(2), 8, 60);
		MDC.put("traceId", TRACE);
		shadow.compare("custom", "GET /api/custom/3", "application/xml",
				xml(200, "<root><id type=\"int\">3</id><name type=\"str\">a</name></root>", "Location", "/x"),
				() -> xml(200, "<root><id type=\"str\">3</id><name type=\"str\">b</name></root>"));
		awaitCount("gateway.shadow.comparisons", "outcome", "mismatch", 1);
		assertThat(count("gateway.shadow.mismatches", "kind", "body")).isEqualTo(1);
		assertThat(count("gateway.shadow.mismatches", "kind", "shape")).isEqualTo(1);
		assertThat(count("gateway.shadow.mismatches", "kind", "header")).isEqualTo(1);
		assertThat(count("gateway.shadow.mismatches", "kind", "status")).isZero();
		List<String> lines = logLines();
		assertThat(lines.get(0)).contains("mismatch route=custom request=\"GET /api/custom/3\" accept=\"application/xml\" trace="
				+ TRACE + " kinds=header,body,shape status=200 -> 200");
		assertThat(lines).anySatisfy((line) -> assertThat(line).endsWith("  body /root/name: \"a\" -> \"b\""))
			.anySatisfy((line) -> assertThat(line).endsWith("  shape /root/id/@type: \"int\" -> \"str\""))
			.anySatisfy((line) -> assertThat(line).endsWith("  header location: /x -> (none)"))
			.hasSize(4);
	}

	@Test
	void countsAnotherStatus() {
		ShadowReads shadow = shadow(1.0, Duration.ofSeconds(2), 8, 60);
		shadow.compare("custom", "GET /api/custom/3", null, json(200, "{}"), () -> json(404, "{}"));
		awaitCount("gateway.shadow.mismatches", "kind", "status", 1);
	}

	@Test
	void returnsAtOnceWhileTheCandidateSleepsPastItsDeadlineAndCountsItFailed() throws IOException {
		ShadowReads shadow = shadow(1.0, Duration.ofMillis(300), 8, 60);
		assertReturnsAtOnce(() -> shadow.compare("custom", "GET /api/custom/3", null, json(200, "{}"), sleeping(json(200, "{}"))));
		awaitCount("gateway.shadow.comparisons", "outcome", "failed", 1);
		assertThat(count("gateway.shadow.mismatches", "kind", "candidate-failed")).isEqualTo(1);
		assertThat(logLines()).anySatisfy((line) -> assertThat(line).contains("candidate-failed: an answer -> no answer within PT0.3S"));
	}

	@Test
	void returnsAtOnceWhenTheCandidateThrowsAndCountsItFailed() throws IOException {
		ShadowReads shadow = shadow(1.0, Duration.ofSeconds(2), 8, 60);
		assertReturnsAtOnce(() -> shadow.compare("custom", "GET /api/custom/3", null, json(200, "{}"), () -> {
			throw new IllegalStateException("model-service is down");
		}));
		awaitCount("gateway.shadow.comparisons", "outcome", "failed", 1);
		assertThat(logLines()).anySatisfy((line) -> assertThat(line).contains("IllegalStateException: model-service is down"));
	}

	@Test
	void skipsAtOnceWhenTheBulkheadIsFull() {
		ShadowReads shadow = shadow(1.0, Duration.ofSeconds(5), 1, 60);
		CountDownLatch started = new CountDownLatch(1);
		shadow.compare("custom", "GET /api/custom/1", null, json(200, "{}"), () -> {
			started.countDown();
			return sleeping(json(200, "{}")).get();
		});
		await().atMost(Duration.ofSeconds(5)).until(() -> started.getCount() == 0);
		AtomicInteger calledAgain = new AtomicInteger();
		assertReturnsAtOnce(() -> shadow.compare("custom", "GET /api/custom/2", null, json(200, "{}"), () -> {
			calledAgain.incrementAndGet();
			return json(200, "{}");
		}));
		assertThat(count("gateway.shadow.comparisons", "outcome", "skipped")).isEqualTo(1);
		assertThat(calledAgain).hasValue(0);
	}

	@Test
	void neverCallsTheCandidateAtASampleRateOfZero() {
		ShadowReads shadow = shadow(0.0, Duration.ofSeconds(2), 8, 60);
		AtomicInteger called = new AtomicInteger();
		for (int i = 0; i < 100; i++) {
			shadow.compare("custom", "GET /api/custom/" + i, null, json(200, "{}"), counting(called));
		}
		assertThat(count("gateway.shadow.comparisons", "outcome", "skipped")).isEqualTo(100);
		assertThat(called).hasValue(0);
	}

	@Test
	void neverCallsTheCandidateForACallerTheMonolithRefusedNorForAWrite() {
		ShadowReads shadow = shadow(1.0, Duration.ofSeconds(2), 8, 60);
		AtomicInteger called = new AtomicInteger();
		shadow.compare("custom", "GET /api/custom/3", null, json(401, "{}"), counting(called));
		shadow.compare("custom", "GET /api/custom/3", null, json(403, "{}"), counting(called));
		shadow.compare("custom", "POST /api/custom", null, json(201, "{}"), counting(called));
		shadow.compare("custom", "DELETE /api/custom/3", null, json(204, ""), counting(called));
		assertThat(count("gateway.shadow.comparisons", "outcome", "skipped")).isEqualTo(4);
		assertThat(called).hasValue(0);
	}

	@Test
	void stopsWritingBeyondTheCapAMinuteButKeepsCountingAndSaysHowManyItLeftOut() throws IOException {
		ShadowReads shadow = shadow(1.0, Duration.ofSeconds(2), 8, 2);
		for (int i = 0; i < 5; i++) {
			shadow.compare("custom", "GET /api/custom/" + i, null, json(200, "{\"n\":1}"), () -> json(200, "{\"n\":2}"));
		}
		awaitCount("gateway.shadow.comparisons", "outcome", "mismatch", 5);
		assertThat(count("gateway.shadow.mismatches", "kind", "body")).isEqualTo(5);
		assertThat(this.registry.get("gateway.shadow.mismatches.unlogged").tag("route", "custom").counter().count()).isEqualTo(3);
		assertThat(logLines()).filteredOn((line) -> line.contains(" mismatch route=")).hasSize(2);

		this.clock.advance(Duration.ofMinutes(1));
		this.mismatchLog.endMinuteIfOver();
		this.mismatchLog.endMinuteIfOver();
		assertThat(logLines()).filteredOn((line) -> line.contains("3 more mismatches in the last minute were not written"))
			.hasSize(1);
		shadow.compare("custom", "GET /api/custom/9", null, json(200, "{\"n\":1}"), () -> json(200, "{\"n\":2}"));
		await().atMost(Duration.ofSeconds(5))
			.until(() -> logLines().stream().filter((line) -> line.contains(" mismatch route=")).count() == 3);
	}

	@Test
	void escapesLineBreaksSoAHostileBodyCannotForgeALine() throws IOException {
		ShadowReads shadow = shadow(1.0, Duration.ofSeconds(2), 8, 60);
		String forged = "b\n2026-12-02T22:00:00.000Z mismatch route=forged request=\"GET /\" trace=0 kinds=body\r\n";
		shadow.compare("custom", "GET /api/custom/3\nforged", null, xml(200, "<root><name>a</name></root>"),
				() -> xml(200, "<root><name>" + forged + "</name></root>"));
		shadow.compare("custom", "GET /api/custom/4", null, answer(200, "text/plain", "a"),
				() -> answer(200, "text/plain", "\u001b[31m" + forged));
		awaitCount("gateway.shadow.comparisons", "outcome", "mismatch", 2);
		List<String> lines = logLines();
		assertThat(lines).hasSize(4)
			.allSatisfy((line) -> assertThat(line).matches("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+(Z|[+-][0-9:]+) (mismatch route=custom|  body) .*"))
			.noneMatch((line) -> line.contains("\u001b"));
		assertThat(lines).anySatisfy((line) -> assertThat(line).contains("b\\n2026-12-02T22:00:00.000Z mismatch route=forged"))
			.anySatisfy((line) -> assertThat(line).contains("request=\"GET /api/custom/3\\nforged\""))
			.anySatisfy((line) -> assertThat(line).contains("\\u001b[31mb\\n2026"));
	}

	private ShadowReads shadow(double sampleRate, Duration timeout, int maxConcurrent, int maxPerMinute) {
		ShadowProperties properties = new ShadowProperties(sampleRate, timeout, maxConcurrent, List.of(), List.of(), List.of(),
				new ShadowProperties.MismatchLogSettings(null, DataSize.ofMegabytes(10), 5, maxPerMinute));
		ShadowMetrics metrics = new ShadowMetrics(this.registry);
		this.calls = new ShadowCalls(maxConcurrent, timeout);
		this.mismatchLog = new MismatchLog(MismatchLogFile.open(this.logs.resolve("shadow-mismatches.log"),
				DataSize.ofMegabytes(10), 5), maxPerMinute, this.clock, metrics);
		AnswerComparator comparator = new AnswerComparator(List.of(), List.of(), List.of(), JsonMapper.builder().build());
		ObjectProvider<Tracer> noTracer = new StaticListableBeanFactory().getBeanProvider(Tracer.class);
		return new ComparingShadowReads(properties, this.calls, comparator, metrics, this.mismatchLog, noTracer);
	}

	private static void assertReturnsAtOnce(Runnable compare) {
		long start = System.nanoTime();
		compare.run();
		assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(AT_ONCE_MILLIS);
	}

	/** A candidate that answers after 2 seconds, far past the deadlines of these tests. */
	private static Supplier<Answer> sleeping(Answer answer) {
		return () -> {
			try {
				Thread.sleep(2000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return answer;
		};
	}

	private static Supplier<Answer> counting(AtomicInteger called) {
		return () -> {
			called.incrementAndGet();
			return json(200, "{}");
		};
	}

	private void awaitCount(String name, String tag, String value, double expected) {
		await().atMost(Duration.ofSeconds(5)).until(() -> count(name, tag, value) == expected);
	}

	private double count(String name, String tag, String value) {
		var counter = this.registry.find(name).tag("route", "custom").tag(tag, value).counter();
		return (counter != null) ? counter.count() : 0;
	}

	private List<String> logLines() throws IOException {
		Path file = this.logs.resolve("shadow-mismatches.log");
		return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
	}

	/** A clock the test moves on by hand, to end the mismatch log's minute. */
	private static final class MutableClock extends Clock {

		private Instant now = Instant.parse("2026-12-02T22:00:10Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

	}

}

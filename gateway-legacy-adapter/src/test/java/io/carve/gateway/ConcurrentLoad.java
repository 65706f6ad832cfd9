package io.carve.gateway;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import io.carve.test.ApiClient;

/**
 * A fixed number of callers sending a fixed number of requests between them, each answer kept
 * with the time it took, so a test can check every single one.
 */
public final class ConcurrentLoad {

	private final ExecutorService callers;

	private final List<Future<?>> running = new ArrayList<>();

	private final List<Answer> answers = Collections.synchronizedList(new ArrayList<>());

	private ConcurrentLoad(int callers) {
		this.callers = Executors.newFixedThreadPool(callers);
	}

	/** Sends {@code requests} requests from {@code callers} threads and returns every answer. */
	public static List<Answer> run(int callers, int requests, IntFunction<HttpResponse<String>> request) {
		return start(callers, requests, Duration.ZERO, request).await();
	}

	/**
	 * Starts sending {@code requests} requests from {@code callers} threads, each caller pausing
	 * between its requests, and returns at once.
	 */
	public static ConcurrentLoad start(int callers, int requests, Duration pause,
			IntFunction<HttpResponse<String>> request) {
		ConcurrentLoad load = new ConcurrentLoad(callers);
		AtomicInteger next = new AtomicInteger();
		for (int i = 0; i < callers; i++) {
			load.running.add(load.callers.submit(() -> {
				for (int n = next.getAndIncrement(); n < requests; n = next.getAndIncrement()) {
					load.answers.add(Answer.of(n, request));
					Thread.sleep(pause.toMillis());
				}
				return null;
			}));
		}
		load.callers.shutdown();
		return load;
	}

	/** How many requests have been answered so far. */
	public int answered() {
		return this.answers.size();
	}

	/** Waits for every request to be answered, in the order they were answered. */
	public List<Answer> await() {
		try {
			for (Future<?> caller : this.running) {
				caller.get(5, TimeUnit.MINUTES);
			}
			return List.copyOf(this.answers);
		}
		catch (Exception ex) {
			this.callers.shutdownNow();
			throw new IllegalStateException("The load did not finish", ex);
		}
	}

	/** The {@code percentile} (0 to 100) of how long these answers took. */
	public static Duration percentile(List<Answer> answers, double percentile) {
		List<Duration> took = answers.stream().map(Answer::took).sorted().toList();
		if (took.isEmpty()) {
			return Duration.ZERO;
		}
		return took.get((int) Math.min(took.size() - 1, Math.ceil(percentile / 100 * took.size()) - 1));
	}

	/**
	 * One request's outcome: its answer, or the exception that stood for one (a timeout of the
	 * client, a refused connection).
	 *
	 * @param index which request of the load it was
	 * @param response the answer, or null
	 * @param failure what happened instead of an answer, or null
	 * @param took from sending to the whole answer or the failure
	 */
	public record Answer(int index, HttpResponse<String> response, RuntimeException failure, Duration took) {

		static Answer of(int index, IntFunction<HttpResponse<String>> request) {
			long start = System.nanoTime();
			try {
				HttpResponse<String> response = request.apply(index);
				return new Answer(index, response, null, Duration.ofNanos(System.nanoTime() - start));
			}
			catch (RuntimeException ex) {
				return new Answer(index, null, ex, Duration.ofNanos(System.nanoTime() - start));
			}
		}

		/** The answer's status, or 0 when there was none. */
		public int status() {
			return (this.response != null) ? this.response.statusCode() : 0;
		}

		/**
		 * Whether it is a problem document with one of these statuses, the same in the body as on
		 * the answer, and a {@code Retry-After} if it is a 503.
		 */
		public boolean isProblem(int... statuses) {
			if (this.response == null || IntStream.of(statuses).noneMatch((status) -> status == status())
					|| !this.response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
				return false;
			}
			return ApiClient.json(this.response).path("status").asInt() == status()
					&& (status() != 503 || this.response.headers().firstValue("Retry-After").isPresent());
		}

		@Override
		public String toString() {
			return "#" + this.index + " " + ((this.response != null) ? this.status() + " " + this.response.body()
					: String.valueOf(this.failure)) + " in " + this.took.toMillis() + " ms";
		}

	}

}

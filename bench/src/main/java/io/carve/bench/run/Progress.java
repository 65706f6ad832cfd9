package io.carve.bench.run;

/** Says on the console what the run is doing, with the time since it began. */
final class Progress {

	private final long started = System.nanoTime();

	void say(String format, Object... arguments) {
		long seconds = (System.nanoTime() - this.started) / 1_000_000_000L;
		System.out.printf("bench [%d:%02d] %s%n", seconds / 60, seconds % 60, String.format(format, arguments));
		System.out.flush();
	}

}

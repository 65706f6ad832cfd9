package io.carve.bench.run;

/**
 * A target of the issue, measured: met or not, and when not, why, from the run's own figures.
 *
 * @param id names it in results.json
 * @param target what is asked, in words
 * @param measured the figure it is judged on
 * @param met whether the figure meets it
 * @param note how the figure was taken, or why it misses
 */
record Target(String id, String target, String measured, boolean met, String note) {

}

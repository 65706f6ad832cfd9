package io.carve.bench.run;

/**
 * What every scenario of a run works with.
 *
 * @param options what the run does and where
 * @param launcher starts the programs under test
 * @param platform the processes started for the whole run
 * @param wrk drives the loads
 * @param progress says what is happening
 */
record Bench(Options options, Launcher launcher, Platform platform, Wrk wrk, Progress progress) {

	Options.Durations durations() {
		return this.options.durations();
	}

}

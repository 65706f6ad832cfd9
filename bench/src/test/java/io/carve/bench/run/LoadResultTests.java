package io.carve.bench.run;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoadResultTests {

	private static final String LINE = "requests=3000 duration_us=1500000 connect_errors=1 read_errors=2 write_errors=3"
			+ " status_errors=4 timeouts=5 mean_us=1200.5 p50_us=1000 p90_us=2500 p99_us=7250 max_us=31000"
			+ " statuses=200:1000,503:4,200:1996";

	@Test
	void readsLatenciesInMillisecondsAndTheRate() {
		LoadResult result = LoadResult.parse(LINE);
		assertThat(result.rate()).isEqualTo(2000.0);
		assertThat(result.p50()).isEqualTo(1.0);
		assertThat(result.p90()).isEqualTo(2.5);
		assertThat(result.p99()).isEqualTo(7.25);
		assertThat(result.max()).isEqualTo(31.0);
	}

	@Test
	void countsEveryKindOfErrorAndAddsUpTheThreadsStatuses() {
		LoadResult result = LoadResult.parse(LINE);
		assertThat(result.socketErrors()).isEqualTo(6);
		assertThat(result.errors()).isEqualTo(15);
		assertThat(result.statuses()).isEqualTo(Map.of(200, 2996L, 503, 4L));
	}

	@Test
	void hasNoStatusesWhenTheyWereNotCounted() {
		assertThat(LoadResult.parse(LINE.replaceFirst("statuses=.*", "statuses=")).statuses()).isEmpty();
	}

}

package io.carve.bench.run;

import java.util.LinkedHashMap;
import java.util.Map;

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

	Map<String, Object> toMap() {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("id", this.id);
		map.put("target", this.target);
		map.put("measured", this.measured);
		map.put("met", this.met);
		map.put("note", this.note);
		return map;
	}

}

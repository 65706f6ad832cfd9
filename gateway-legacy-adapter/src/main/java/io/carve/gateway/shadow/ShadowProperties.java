package io.carve.gateway.shadow;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How routes in shadow mode compare the new service's answers with the monolith's.
 *
 * @param sampleRate the share of shadowed reads also sent to the new service, from 0 (none) to 1 (all)
 * @param timeout the longest the new service's answer is waited for; later is a failed comparison
 * @param maxConcurrent the most shadow calls in flight at once; beyond it a read is not compared
 * @param comparedHeaders headers compared besides the media type of {@code Content-Type} and {@code Location}
 * @param ignoredHeaders headers never compared, {@code Location} or one of the compared headers among them
 * @param ignoredFields JSON field and XML element names whose values (and presence) are not compared, at any depth
 * @param mismatchLog where and how much of the mismatches is written
 */
@ConfigurationProperties("gateway.shadow")
@Validated
record ShadowProperties(@DefaultValue("1.0") @DecimalMin("0.0") @DecimalMax("1.0") double sampleRate,
		@DefaultValue("2s") Duration timeout, @DefaultValue("8") @Min(1) int maxConcurrent,
		@DefaultValue List<String> comparedHeaders, @DefaultValue List<String> ignoredHeaders,
		@DefaultValue List<String> ignoredFields, @DefaultValue @Valid MismatchLogSettings mismatchLog) {

	/**
	 * The mismatch log, capped so that a flood of mismatches cannot fill the disk.
	 *
	 * @param file the log file; by default {@code shadow-mismatches.log} beside the service's log
	 * file, or the console when the service logs only there
	 * @param maxFileSize the size at which the file is rolled over
	 * @param maxFiles the most files kept, the one being written included
	 * @param maxPerMinute the most mismatches written a minute; the others are only counted
	 */
	record MismatchLogSettings(Path file, @DefaultValue("10MB") DataSize maxFileSize,
			@DefaultValue("5") @Min(2) @Max(20) int maxFiles, @DefaultValue("60") @Min(0) int maxPerMinute) {

	}

}

package io.carve.gateway.custom;

import java.util.List;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Picks JSON or XML from {@code Accept} as the monolith did (Flask-RESTful asking Werkzeug's
 * {@code best_match} for JSON, then XML): the higher quality wins, on equal quality the more
 * specific range wins, and JSON is the default when nothing decides.
 */
enum LegacyFormat {

	JSON(MediaType.APPLICATION_JSON), XML(MediaType.APPLICATION_XML);

	private final MediaType mediaType;

	LegacyFormat(MediaType mediaType) {
		this.mediaType = mediaType;
	}

	MediaType mediaType() {
		return this.mediaType;
	}

	static LegacyFormat forAccept(String accept) {
		if (accept == null || accept.isBlank()) {
			return JSON;
		}
		List<MediaType> ranges;
		try {
			ranges = MediaType.parseMediaTypes(accept);
		}
		catch (InvalidMediaTypeException ex) {
			return JSON;
		}
		LegacyFormat result = JSON;
		double bestQuality = -1;
		int bestSpecificity = -1;
		for (LegacyFormat format : values()) {
			for (MediaType range : ranges) {
				double quality = range.getQualityValue();
				int specificity = specificityOf(range);
				boolean better = quality > bestQuality || (quality == bestQuality && specificity > bestSpecificity);
				if (quality > 0 && better && range.includes(format.mediaType)) {
					bestQuality = quality;
					bestSpecificity = specificity;
					result = format;
				}
			}
		}
		return result;
	}

	/** {@code *}/{@code *} is 0, {@code application/*} is 1, {@code application/xml} is 2. */
	private static int specificityOf(MediaType range) {
		return (range.isWildcardType() ? 0 : 1) + (range.isWildcardSubtype() ? 0 : 1);
	}

}

package io.carve.gateway.shadow;

/** What differs between the two answers, as the {@code kind} tag of {@code gateway.shadow.mismatches}. */
enum DifferenceKind {

	/** The status codes differ. */
	STATUS("status"),
	/** A compared header differs. */
	HEADER("header"),
	/** A value in the body differs, or the bodies' bytes when they are neither JSON nor XML. */
	BODY("body"),
	/** The body's structure differs: an element or field missing or extra, or of another type. */
	SHAPE("shape"),
	/** The new service gave no answer: its supplier threw or missed the deadline. */
	CANDIDATE_FAILED("candidate-failed");

	private final String tag;

	DifferenceKind(String tag) {
		this.tag = tag;
	}

	/** The name in metrics and in the mismatch log. */
	String tag() {
		return this.tag;
	}

}

package io.carve.gateway.shadow;

/**
 * One difference between the monolith's answer ({@code legacy}) and the new service's
 * ({@code candidate}) at a place in the answer ({@code where}: a header's name, a JSON path such
 * as {@code $.name}, an XML path such as {@code /root/name}), both values as text.
 */
record Difference(DifferenceKind kind, String where, String legacy, String candidate) {

	/** The longest rendering of one value; a longer one is cut, so one field cannot flood the log. */
	static final int MAX_VALUE = 200;

	/** A value cut to {@link #MAX_VALUE} characters, saying how much was left out. */
	static String shorten(String value) {
		if (value.length() <= MAX_VALUE) {
			return value;
		}
		return value.substring(0, MAX_VALUE) + "... (" + (value.length() - MAX_VALUE) + " more characters)";
	}

	/** The line of the mismatch log, unescaped: {@code body $.name: "a" -> "b"}. */
	String describe() {
		String place = this.where.isEmpty() ? this.kind.tag() : this.kind.tag() + " " + this.where;
		return place + ": " + shorten(this.legacy) + " -> " + shorten(this.candidate);
	}

}

package io.carve.starter.logging;

/**
 * Text made safe to put in a log line: a line break becomes {@code \n} or {@code \r}, any other
 * control character (an escape sequence for a terminal among them) and the Unicode line and
 * paragraph separators become {@code \}{@code uXXXX}, so a value cannot start a line of its own or
 * recolour the console. Tab stays, and so does a backslash: a reader tells an escape from text by
 * the line it is on.
 */
public final class LogText {

	private LogText() {
	}

	/** The text, escaped where needed; the same instance when nothing needs escaping, as is usual. */
	public static String escape(String text) {
		if (text == null || !needsEscaping(text)) {
			return text;
		}
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n') {
				escaped.append("\\n");
			}
			else if (c == '\r') {
				escaped.append("\\r");
			}
			else if (unsafe(c)) {
				escaped.append(String.format("\\u%04x", (int) c));
			}
			else {
				escaped.append(c);
			}
		}
		return escaped.toString();
	}

	private static boolean needsEscaping(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r' || unsafe(c)) {
				return true;
			}
		}
		return false;
	}

	private static boolean unsafe(char c) {
		return (c != '\t' && Character.getType(c) == Character.CONTROL) || c == '\u2028' || c == '\u2029';
	}

}

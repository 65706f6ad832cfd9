package io.carve.starter.xml;

/**
 * Text as XML 1.0 can carry it: each character outside its {@code Char} production (a control
 * character but tab, line feed and carriage return, an unpaired surrogate, U+FFFE, U+FFFF) replaced
 * by U+FFFD. XML 1.0 has no escape for them, not even a character reference, so replacing is the
 * one way to stay well-formed; the replacement character shows a reader that something was there.
 */
public final class XmlText {

	/** The character that stands in for one XML 1.0 cannot carry: the Unicode replacement character. */
	public static final char REPLACEMENT = '\uFFFD';

	private XmlText() {
	}

	/** The text, with what XML 1.0 cannot carry replaced; the same instance when all of it can, as is usual. */
	public static String writable(String text) {
		if (text == null || firstUnwritable(text) < 0) {
			return text;
		}
		StringBuilder writable = new StringBuilder(text.length());
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			if (carried(codePoint)) {
				writable.appendCodePoint(codePoint);
			}
			else {
				writable.append(REPLACEMENT);
			}
			i += Character.charCount(codePoint);
		}
		return writable.toString();
	}

	private static int firstUnwritable(String text) {
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			if (!carried(codePoint)) {
				return i;
			}
			i += Character.charCount(codePoint);
		}
		return -1;
	}

	/** XML 1.0's {@code Char}; a lone surrogate arrives here as itself and is not one. */
	static boolean carried(int c) {
		return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
				|| (c >= 0x10000 && c <= 0x10FFFF);
	}

}

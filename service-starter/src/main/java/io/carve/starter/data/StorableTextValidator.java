package io.carve.starter.data;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link StorableText} (public for any validator to create), naming in its message the first character that cannot be stored. */
public class StorableTextValidator implements ConstraintValidator<StorableText, CharSequence> {

	@Override
	public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
		if (text == null) {
			return true;
		}
		int index = firstUnstorable(text);
		if (index < 0) {
			return true;
		}
		context.disableDefaultConstraintViolation();
		// Only digits and hex come from the text, so nothing of the client's reaches the message interpolation.
		context
			.buildConstraintViolationWithTemplate("must not contain " + describe(Character.codePointAt(text, index))
					+ " (character " + (index + 1) + "); text may hold no control character other than tab, line feed"
					+ " and carriage return, no unpaired surrogate, U+FFFE or U+FFFF")
			.addConstraintViolation();
		return false;
	}

	/** Where the first character that may not be stored is, or -1 if there is none. */
	static int firstUnstorable(CharSequence text) {
		for (int i = 0; i < text.length();) {
			int codePoint = Character.codePointAt(text, i);
			if (!storable(codePoint)) {
				return i;
			}
			i += Character.charCount(codePoint);
		}
		return -1;
	}

	/**
	 * Tab, line feed and carriage return, and every other character that XML 1.0 carries except the
	 * controls DEL and C1; an unpaired surrogate arrives here alone and is refused.
	 */
	static boolean storable(int codePoint) {
		if (codePoint == '\t' || codePoint == '\n' || codePoint == '\r') {
			return true;
		}
		if (Character.getType(codePoint) == Character.CONTROL || Character.getType(codePoint) == Character.SURROGATE) {
			return false;
		}
		return codePoint != 0xFFFE && codePoint != 0xFFFF;
	}

	private static String describe(int codePoint) {
		String name = String.format("U+%04X", codePoint);
		if (codePoint == 0) {
			return "a NUL character (" + name + ")";
		}
		if (Character.getType(codePoint) == Character.CONTROL) {
			return "the control character " + name;
		}
		if (Character.getType(codePoint) == Character.SURROGATE) {
			return "an unpaired surrogate (" + name + ")";
		}
		return "the non-character " + name;
	}

}

package io.carve.starter.data;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Text that is stored, logged and written as JSON or XML 1.0 exactly as sent: no control
 * character but tab, line feed and carriage return (no NUL, which PostgreSQL refuses, no escape
 * sequence for a terminal, no DEL or C1 control), no unpaired surrogate, which cannot be encoded as
 * UTF-8, and neither U+FFFE nor U+FFFF, which XML 1.0 cannot carry. The message names the first
 * offending character and where it is.
 */
@Documented
@Constraint(validatedBy = StorableTextValidator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
public @interface StorableText {

	String message() default "must not contain control characters (other than tab, line feed and carriage return),"
			+ " unpaired surrogates, U+FFFE or U+FFFF";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}

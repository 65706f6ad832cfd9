package io.carve.starter.data;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;

/**
 * Text that PostgreSQL stores exactly as sent: no NUL character, which it refuses, and no
 * unpaired surrogate, which cannot be encoded as UTF-8 and would come back altered.
 */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = "[^\\x{0}\\x{D800}-\\x{DFFF}]*")
@ReportAsSingleViolation
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
public @interface StorableText {

	String message() default "must not contain NUL characters or unpaired surrogates";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}

package io.carve.starter.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.http.HttpStatus;

/**
 * Problems an operation answers that its signature does not show, such as a 409 for a name that
 * must be unique; the API description lists them beside those the platform derives. On a
 * controller class, they apply to each of its operations.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ProblemAnswers {

	/** The statuses of the problems answered. */
	HttpStatus[] value();

}

package io.carve.starter.problems;

import org.apache.catalina.startup.Tomcat;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error a service answers is an RFC 9457 problem, in JSON or XML: those of controllers,
 * those of Boot's error dispatch (unknown paths, 405s, filters) and Tomcat's own.
 */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class)
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnBooleanProperty(name = "carve.problems.enabled", matchIfMissing = true)
public class ProblemsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Problems problems(Environment environment, ObjectProvider<FailureProblems> failures) {
		return new Problems(serviceName(environment), failures.orderedStream().toList());
	}

	@Bean
	@ConditionalOnMissingBean(ResponseEntityExceptionHandler.class)
	ProblemHandler problemHandler(Problems problems) {
		return new ProblemHandler(problems);
	}

	@Bean
	@ConditionalOnMissingBean(ErrorController.class)
	ProblemErrorController problemErrorController(Problems problems) {
		return new ProblemErrorController(problems);
	}

	static String serviceName(Environment environment) {
		return environment.getProperty("spring.application.name", "application");
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(Tomcat.class)
	static class TomcatProblemsConfiguration {

		@Bean
		@ConditionalOnMissingBean
		TomcatProblemReports tomcatProblemReports(Environment environment) {
			return new TomcatProblemReports(serviceName(environment));
		}

	}

}

package io.carve.starter.problems;

import java.util.List;

import org.apache.catalina.startup.Tomcat;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemsAutoConfigurationTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner().withConfiguration(
			AutoConfigurations.of(ProblemsAutoConfiguration.class, ErrorMvcAutoConfiguration.class,
					DispatcherServletAutoConfiguration.class));

	@Test
	void answersEveryErrorAsAProblemByDefault() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(Problems.class)
				.hasSingleBean(ProblemHandler.class)
				.hasSingleBean(TomcatProblemReports.class);
			assertThat(context).getBean(ErrorController.class).isInstanceOf(ProblemErrorController.class);
			assertThat(context).doesNotHaveBean(BasicErrorController.class);
		});
	}

	@Test
	void namesTheServiceInEveryProblem() {
		this.runner.withPropertyValues("spring.application.name=billing-service").run((context) -> {
			ProblemDetail problem = context.getBean(Problems.class)
				.complete(ProblemDetail.forStatus(HttpStatus.NOT_FOUND), new MockHttpServletRequest(), "/nothing");
			assertThat(problem.getProperties()).containsEntry(Problems.SERVICE, "billing-service");
			assertThat(problem.getInstance()).hasToString("/nothing");
		});
	}

	@Test
	void asksTheServicesFailureProblemsBeforeAnswering500() {
		ProblemDetail gone = ProblemDetail.forStatus(HttpStatus.GONE);
		this.runner.withBean(FailureProblems.class, () -> (failure, headers) -> gone).run((context) -> {
			assertThat(context.getBean(Problems.class).ofFailure(new IllegalStateException(), new HttpHeaders()))
				.isSameAs(gone);
		});
	}

	@Test
	void backsOffForTheServicesOwnProblems() {
		Problems own = new Problems("own", List.of());
		this.runner.withBean(Problems.class, () -> own).run((context) -> {
			assertThat(context).getBean(Problems.class).isSameAs(own);
			assertThat(context).hasSingleBean(ProblemHandler.class);
		});
	}

	@Test
	void backsOffForTheServicesOwnProblemHandler() {
		this.runner.withUserConfiguration(OwnHandlerConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(ResponseEntityExceptionHandler.class);
			assertThat(context).getBean(ResponseEntityExceptionHandler.class).isInstanceOf(OwnProblemHandler.class);
		});
	}

	@Test
	void backsOffForTheServicesOwnErrorController() {
		ErrorController own = new ErrorController() {
		};
		this.runner.withBean(ErrorController.class, () -> own).run((context) -> {
			assertThat(context).getBean(ErrorController.class).isSameAs(own);
			assertThat(context).doesNotHaveBean(ProblemErrorController.class);
		});
	}

	@Test
	void backsOffForTheServicesOwnTomcatReports() {
		TomcatProblemReports own = new TomcatProblemReports("own");
		this.runner.withBean(TomcatProblemReports.class, () -> own)
			.run((context) -> assertThat(context).getBean(TomcatProblemReports.class).isSameAs(own));
	}

	@Test
	void leavesErrorsToBootWhenSwitchedOff() {
		this.runner.withPropertyValues("carve.problems.enabled=false").run((context) -> {
			assertThat(context).doesNotHaveBean(Problems.class)
				.doesNotHaveBean(ProblemHandler.class)
				.doesNotHaveBean(ProblemErrorController.class)
				.doesNotHaveBean(TomcatProblemReports.class);
			assertThat(context).hasSingleBean(BasicErrorController.class);
		});
	}

	@Test
	void leavesOutTheTomcatReportsWithoutTomcat() {
		this.runner.withClassLoader(new FilteredClassLoader(Tomcat.class)).run((context) -> {
			assertThat(context).doesNotHaveBean(TomcatProblemReports.class);
			assertThat(context).hasSingleBean(ProblemHandler.class).hasSingleBean(ProblemErrorController.class);
		});
	}

	@Test
	void appliesOnlyToServletWebApplications() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(ProblemsAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean(Problems.class).doesNotHaveBean(ProblemHandler.class));
	}

	@Configuration(proxyBeanMethods = false)
	static class OwnHandlerConfiguration {

		@Bean
		OwnProblemHandler ownProblemHandler() {
			return new OwnProblemHandler(new Problems("own", List.of()));
		}

	}

	/** A service's handler with mappings of its own, as the class's Javadoc suggests. */
	static class OwnProblemHandler extends ProblemHandler {

		OwnProblemHandler(Problems problems) {
			super(problems);
		}

	}

}

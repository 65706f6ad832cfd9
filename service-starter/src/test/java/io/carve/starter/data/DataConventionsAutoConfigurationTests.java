package io.carve.starter.data;

import java.util.List;
import java.util.Set;

import io.carve.starter.problems.InvalidParametersException;
import io.carve.starter.problems.Problems;
import io.carve.starter.problems.ProblemsAutoConfiguration;
import org.hibernate.TransactionException;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DataConventionsAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataConventionsAutoConfiguration.class));

	@Test
	void pagesListsUpTo100ByDefault() {
		this.runner.run((context) -> {
			Paging paging = context.getBean(Paging.class);
			assertThat(paging.of(0, 100, List.of(), Set.of()).getPageSize()).isEqualTo(100);
			assertThatExceptionOfType(InvalidParametersException.class)
				.isThrownBy(() -> paging.of(0, 101, List.of(), Set.of()));
		});
	}

	@Test
	void takesTheLargestPageFromItsProperty() {
		this.runner.withPropertyValues("carve.paging.max-page-size=10").run((context) -> {
			Paging paging = context.getBean(Paging.class);
			assertThat(paging.of(0, 10, List.of(), Set.of()).getPageSize()).isEqualTo(10);
			assertThatExceptionOfType(InvalidParametersException.class)
				.isThrownBy(() -> paging.of(0, 11, List.of(), Set.of()));
		});
	}

	@Test
	void answersALostDatabaseWith503AndRetryAfter() {
		new WebApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(DataConventionsAutoConfiguration.class, ProblemsAutoConfiguration.class))
			.run((context) -> {
				assertThat(context).hasSingleBean(DatabaseOutageProblems.class);
				HttpHeaders headers = new HttpHeaders();
				ProblemDetail problem = context.getBean(Problems.class)
					.ofFailure(new CannotCreateTransactionException("Connection refused"), headers);
				assertThat(problem).isNotNull();
				assertThat(problem.getStatus()).isEqualTo(503);
				assertThat(headers.getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
				assertThat(context.getBean(Problems.class).ofFailure(new IllegalStateException(), headers)).isNull();
			});
	}

	@Test
	void backsOffForTheServicesOwnBeans() {
		Paging ownPaging = new Paging(5);
		DatabaseOutageProblems ownOutage = new DatabaseOutageProblems();
		this.runner.withBean(Paging.class, () -> ownPaging)
			.withBean(DatabaseOutageProblems.class, () -> ownOutage)
			.run((context) -> {
				assertThat(context).getBean(Paging.class).isSameAs(ownPaging);
				assertThat(context).getBean(DatabaseOutageProblems.class).isSameAs(ownOutage);
			});
	}

	@Test
	void isOffWhenSwitchedOff() {
		this.runner.withPropertyValues("carve.data.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(Paging.class)
				.doesNotHaveBean(DatabaseOutageProblems.class));
	}

	@Test
	void isAbsentWithoutSpringData() {
		this.runner.withClassLoader(new FilteredClassLoader("org.springframework.data."))
			.run((context) -> assertThat(context).doesNotHaveBean(Paging.class)
				.doesNotHaveBean(DatabaseOutageProblems.class));
	}

	@Test
	void leavesOutTheLostDatabaseProblemWithoutHibernate() {
		this.runner.withClassLoader(new FilteredClassLoader(TransactionException.class))
			.run((context) -> assertThat(context).hasSingleBean(Paging.class)
				.doesNotHaveBean(DatabaseOutageProblems.class));
	}

}

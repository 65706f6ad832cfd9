package io.carve.starter.client;

import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import feign.Request.HttpMethod;
import io.github.resilience4j.core.functions.CheckedSupplier;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import org.junit.jupiter.api.Test;

import static io.carve.starter.client.TransientFailureTests.answered;
import static io.carve.starter.client.TransientFailureTests.networkError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryBudgetTests {

	private static final int CALLS = 1000;

	private final RetryConfig config = RetryConfig.custom()
		.maxAttempts(3)
		.waitDuration(Duration.ofMillis(1))
		.retryOnException(new TransientFailure())
		.build();

	private final RetryBudget budget = new RetryBudget(new RetryBudgetProperties(0.1, 10));

	@Test
	void keepsAttemptsNearOneAndATenthPerCallWhenHalfTheAnswersFail() throws Throwable {
		AtomicInteger attempts = new AtomicInteger();
		int succeeded = 0;
		for (int i = 0; i < CALLS; i++) {
			try {
				call(() -> {
					if (attempts.incrementAndGet() % 2 == 0) {
						throw answered(HttpMethod.GET, 503);
					}
					return "ok";
				});
				succeeded++;
			}
			catch (RetryBudget.RetryDenied ex) {
				assertThat(ex.getCause()).isInstanceOf(RemoteProblemException.class);
			}
		}
		assertThat(attempts.get()).isLessThanOrEqualTo(CALLS + CALLS / 10 + 10);
		// Retries still happen: without any, exactly half the calls would fail.
		assertThat(succeeded).isGreaterThan(CALLS / 2 + CALLS / 20);
	}

	@Test
	void retriesEveryCallOfARareFailure() throws Throwable {
		AtomicInteger attempts = new AtomicInteger();
		for (int i = 0; i < CALLS; i++) {
			assertThat(call(() -> {
				if (attempts.incrementAndGet() % 20 == 0) {
					throw answered(HttpMethod.GET, 503);
				}
				return "ok";
			})).isEqualTo("ok");
		}
	}

	@Test
	void alwaysRetriesARequestThatNeverReachedTheCallee() throws Throwable {
		AtomicInteger attempts = new AtomicInteger();
		for (int i = 0; i < CALLS; i++) {
			assertThat(call(() -> {
				if (attempts.incrementAndGet() % 2 == 1) {
					throw networkError(HttpMethod.POST, new ConnectException("Connection refused"));
				}
				return "ok";
			})).isEqualTo("ok");
		}
		assertThat(attempts.get()).isEqualTo(2 * CALLS);
	}

	@Test
	void leavesTheLastAttemptsFailureAsItIs() {
		assertThatThrownBy(() -> call(() -> {
			throw answered(HttpMethod.GET, 503);
		})).isInstanceOf(RemoteProblemException.class);
	}

	private Object call(CheckedSupplier<Object> attempt) throws Throwable {
		return Retry.decorateCheckedSupplier(Retry.of("model-service", this.config),
				this.budget.attempts(this.config, attempt)).get();
	}

}

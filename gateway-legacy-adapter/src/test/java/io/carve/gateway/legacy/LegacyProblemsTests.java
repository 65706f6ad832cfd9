package io.carve.gateway.legacy;

import java.net.ConnectException;
import java.net.URI;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;

import static org.assertj.core.api.Assertions.assertThat;

class LegacyProblemsTests {

	@Test
	void namesTheMonolithButNeitherItsAddressNorTheCause() {
		LegacyUnavailableException failure = new LegacyUnavailableException(URI.create("http://10.9.8.7:8000"),
				"could not be reached", false, new ConnectException("Connection refused"));
		ProblemDetail problem = new LegacyProblems().describe(failure, new HttpHeaders());
		assertThat(problem.getStatus()).isEqualTo(502);
		assertThat(problem.getDetail()).startsWith("The legacy monolith could not be reached")
			.doesNotContain("10.9.8.7")
			.doesNotContain("refused");
		assertThat(failure.getMessage()).as("what the log gets").contains("http://10.9.8.7:8000").contains("refused");
	}

}

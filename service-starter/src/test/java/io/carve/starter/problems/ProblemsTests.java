package io.carve.starter.problems;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemsTests {

	@Test
	void answersProblemXmlToClientsThatPreferXml() {
		assertThat(mediaTypeFor("application/xml")).isEqualTo(MediaType.APPLICATION_PROBLEM_XML);
		assertThat(mediaTypeFor("application/json;q=0.5, application/xml")).isEqualTo(MediaType.APPLICATION_PROBLEM_XML);
		assertThat(mediaTypeFor("text/xml")).isEqualTo(MediaType.APPLICATION_PROBLEM_XML);
	}

	@Test
	void answersProblemJsonOtherwise() {
		assertThat(mediaTypeFor(null)).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(mediaTypeFor("*/*")).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(mediaTypeFor("application/json, application/xml;q=0.9")).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(mediaTypeFor("application/xml;q=0")).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(mediaTypeFor("this is not a media type")).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
	}

	private static MediaType mediaTypeFor(String accept) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		if (accept != null) {
			request.addHeader("Accept", accept);
		}
		return Problems.mediaTypeFor(request);
	}

}

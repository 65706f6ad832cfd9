package io.carve.starter.problems;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class ProblemHandlerTests {

	private final ProblemHandler handler = new ProblemHandler(new Problems("sample", List.of()));

	@Test
	void logsA500SpringAnswersByItselfWithItsCause(CapturedOutput output) throws Exception {
		ResponseEntity<Object> answer = this.handler.handleException(
				new HttpMessageNotWritableException("Could not write XML: invalid character"), request());
		assertThat(answer.getStatusCode().value()).isEqualTo(500);
		assertThat(output).contains("Unexpected error", "HttpMessageNotWritableException",
				"Could not write XML: invalid character");
	}

	@Test
	void logsAnUnexpectedExceptionOnce(CapturedOutput output) {
		ResponseEntity<Object> answer = this.handler.handleUnexpected(new IllegalStateException("boom"), request());
		assertThat(answer.getStatusCode().value()).isEqualTo(500);
		assertThat(output.getOut().split("Unexpected error", -1)).hasSize(2);
	}

	private static ServletWebRequest request() {
		return new ServletWebRequest(new MockHttpServletRequest("GET", "/notes/1"));
	}

}

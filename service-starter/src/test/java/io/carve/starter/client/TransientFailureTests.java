package io.carve.starter.client;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import feign.Request;
import feign.Request.HttpMethod;
import feign.RetryableException;
import feign.codec.DecodeException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TransientFailureTests {

	private final TransientFailure retried = new TransientFailure();

	private final ServerSideFailure recorded = new ServerSideFailure();

	@Test
	void retriesAnyRequestThatNeverReachedTheCallee() {
		assertThat(this.retried.test(networkError(HttpMethod.POST, new ConnectException("Connection refused")))).isTrue();
		assertThat(this.retried.test(networkError(HttpMethod.GET, new ConnectException("Connection refused")))).isTrue();
	}

	@Test
	void retriesAReadWhoseConnectionBrokeButNotACreate() {
		assertThat(this.retried.test(networkError(HttpMethod.GET, new IOException("Connection reset")))).isTrue();
		assertThat(this.retried.test(networkError(HttpMethod.POST, new IOException("Connection reset")))).isFalse();
	}

	@Test
	void retriesAReadWhoseAnswerBrokeOffMidBodyButNotOneThatArrivedUnreadable() {
		assertThat(this.retried.test(cutOff(HttpMethod.GET, new RuntimeException(new IOException("Premature end of chunk"))))).isTrue();
		assertThat(this.retried.test(cutOff(HttpMethod.POST, new RuntimeException(new IOException("Premature end of chunk"))))).isFalse();
		assertThat(this.retried.test(cutOff(HttpMethod.GET, new IllegalArgumentException("Unexpected character '<'")))).isFalse();
	}

	@Test
	void neverRetriesATimeout() {
		assertThat(this.retried.test(networkError(HttpMethod.GET, new SocketTimeoutException("Read timed out")))).isFalse();
	}

	@Test
	void retriesOnlyIdempotentRequestsAnswered502To504() {
		assertThat(this.retried.test(answered(HttpMethod.GET, 503))).isTrue();
		assertThat(this.retried.test(answered(HttpMethod.PUT, 502))).isTrue();
		assertThat(this.retried.test(answered(HttpMethod.POST, 503))).isFalse();
		assertThat(this.retried.test(answered(HttpMethod.GET, 500))).isFalse();
		assertThat(this.retried.test(answered(HttpMethod.GET, 404))).isFalse();
	}

	@Test
	void countsServerSideFailuresAgainstTheCircuitButNotTheCallersMistakes() {
		assertThat(this.recorded.test(answered(HttpMethod.GET, 500))).isTrue();
		assertThat(this.recorded.test(networkError(HttpMethod.GET, new ConnectException("refused")))).isTrue();
		assertThat(this.recorded.test(answered(HttpMethod.GET, 404))).isFalse();
		assertThat(this.recorded.test(answered(HttpMethod.POST, 409))).isFalse();
		assertThat(this.recorded.test(new IllegalStateException("a bug of the caller"))).isFalse();
	}

	static RetryableException networkError(HttpMethod method, IOException cause) {
		Request request = Request.create(method, "http://model-service/api/v1/models", Map.of(), null,
				StandardCharsets.UTF_8, null);
		return new RetryableException(-1, cause.getMessage(), method, cause, (Long) null, request);
	}

	static DecodeException cutOff(HttpMethod method, Throwable cause) {
		Request request = Request.create(method, "http://model-service/api/v1/models/1", Map.of(), null,
				StandardCharsets.UTF_8, null);
		return new DecodeException(200, "Error while extracting response", request, cause);
	}

	static RemoteProblemException answered(HttpMethod method, int status) {
		return new RemoteProblemException("model-service", method,
				new RemoteProblem(null, "title", status, null, null, "model-service", null, List.of(), null));
	}

}

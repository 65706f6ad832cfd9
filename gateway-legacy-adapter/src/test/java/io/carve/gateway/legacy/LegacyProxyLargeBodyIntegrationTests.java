package io.carve.gateway.legacy;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.Arrays;

import io.carve.gateway.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An operator whose monolith takes uploads raises the platform's body limit; bodies up to it
 * then stream through to the monolith whole.
 */
@TestPropertySource(properties = "carve.limits.max-request-body=16MB")
class LegacyProxyLargeBodyIntegrationTests extends GatewayIntegrationTest {

	@Test
	void streamsALargeBodyThroughUnderARaisedLimit() {
		byte[] body = new byte[8 * 1024 * 1024];
		Arrays.fill(body, (byte) 'x');
		HttpResponse<String> response = this.gateway.sendPublished("POST", "/legacy/echo", "application/octet-stream",
				null, BodyPublishers.ofByteArray(body));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains(body.length + " bytes of body");
	}

}

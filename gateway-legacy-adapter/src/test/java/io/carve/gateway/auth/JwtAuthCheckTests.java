package io.carve.gateway.auth;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The JWT mode's judge on its own: what it makes of requests it cannot check. */
class JwtAuthCheckTests {

	@Test
	void givesNoVerdictWhenTheIssuersKeysCannotBeFetched() {
		JwtAuthCheck check = new JwtAuthCheck(new EdgeAuthProperties.Jwt("https://id.example.test",
				URI.create("http://127.0.0.1:9/jwks.json"), null, Duration.ofMillis(500)));
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/custom");
		request.addHeader("Authorization", "Bearer eyJhbGciOiJSUzI1NiIsImtpZCI6ImsifQ.eyJpc3MiOiJ4In0.c2ln");

		assertThat(check.judge(request)).isInstanceOf(Verdict.Unavailable.class);
	}

	@Test
	void refusesTwoTokensOrAnotherSchemeAsNoToken() {
		JwtAuthCheck check = new JwtAuthCheck(new EdgeAuthProperties.Jwt("https://id.example.test",
				URI.create("http://127.0.0.1:9/jwks.json"), null, Duration.ofMillis(500)));
		MockHttpServletRequest two = new MockHttpServletRequest("GET", "/api/custom");
		two.addHeader("Authorization", "Bearer a.b.c");
		two.addHeader("Authorization", "Bearer d.e.f");
		MockHttpServletRequest basic = new MockHttpServletRequest("GET", "/api/custom");
		basic.addHeader("Authorization", "Basic YWxpY2U6c2VjcmV0");

		assertThat(check.judge(two)).isEqualTo(new Verdict.Refused(HttpStatus.UNAUTHORIZED, List.of("Bearer")));
		assertThat(check.judge(basic)).isEqualTo(check.judge(two));
	}

	@Test
	void refusesToStartWithoutAnIssuerAndItsKeys() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new JwtAuthCheck(new EdgeAuthProperties.Jwt(null, null, null, Duration.ofSeconds(1))))
			.withMessageContaining("gateway.auth.jwt.issuer");
	}

}

package io.carve.starter.client;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import feign.Request.HttpMethod;
import feign.RequestTemplate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdempotencyKeyInterceptorTests {

	private final IdempotencyKeyInterceptor interceptor = new IdempotencyKeyInterceptor();

	@Test
	void sendsTheSameKeyOnEveryAttemptOfOneCallAndAnotherOnTheNextCall() throws Throwable {
		List<String> keys = new ArrayList<>();
		for (int call = 0; call < 2; call++) {
			IdempotencyKeyInterceptor.oneKeyFor(() -> {
				for (int attempt = 0; attempt < 3; attempt++) {
					keys.add(keyOf(post()));
				}
				return null;
			});
		}
		assertThat(keys.subList(0, 3)).containsOnly(keys.get(0));
		assertThat(keys.subList(3, 6)).containsOnly(keys.get(3));
		assertThat(keys.get(0)).isNotEqualTo(keys.get(3)).matches("\"[0-9a-f-]{36}\"");
	}

	@Test
	void sendsAFreshKeyOutsideAResilientCall() {
		assertThat(keyOf(post())).isNotEqualTo(keyOf(post()));
	}

	@Test
	void leavesOtherMethodsAndAKeyTheCallerSetAlone() {
		RequestTemplate get = new RequestTemplate().method(HttpMethod.GET);
		this.interceptor.apply(get);
		assertThat(get.headers()).doesNotContainKey(IdempotencyKeyInterceptor.HEADER);
		RequestTemplate own = new RequestTemplate().method(HttpMethod.POST)
			.header(IdempotencyKeyInterceptor.HEADER, "\"mine\"");
		this.interceptor.apply(own);
		assertThat(own.headers().get(IdempotencyKeyInterceptor.HEADER)).containsExactly("\"mine\"");
	}

	private RequestTemplate post() {
		RequestTemplate template = new RequestTemplate().method(HttpMethod.POST);
		this.interceptor.apply(template);
		return template;
	}

	private static String keyOf(RequestTemplate template) {
		Collection<String> values = template.headers().get(IdempotencyKeyInterceptor.HEADER);
		assertThat(values).hasSize(1);
		return values.iterator().next();
	}

}

package io.carve.starter.limits;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestLimitsAutoConfigurationTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(RequestLimitsAutoConfiguration.class));

	@Test
	void refusesBodiesOver64KbByDefault() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(RequestBodyLimitFilter.class);
			assertThat(context.getBean(RequestLimitsProperties.class).maxRequestBody()).isEqualTo(DataSize.ofKilobytes(64));
			assertThat(statusFor(context, 64 * 1024)).isEqualTo(200);
			assertThat(statusFor(context, 64 * 1024 + 1)).isEqualTo(413);
		});
	}

	@Test
	void takesTheLimitFromItsProperty() {
		this.runner.withPropertyValues("carve.limits.max-request-body=1KB").run((context) -> {
			assertThat(statusFor(context, 1024)).isEqualTo(200);
			assertThat(statusFor(context, 1025)).isEqualTo(413);
		});
	}

	@Test
	void refusesABodyBeyondTheConcurrentLimitWhileOthersAreRead() {
		this.runner.withPropertyValues("carve.limits.max-concurrent-bodies=1").run((context) -> {
			RequestBodyLimitFilter filter = context.getBean(RequestBodyLimitFilter.class);
			MockHttpServletResponse second = new MockHttpServletResponse();
			MockHttpServletRequest first = new MockHttpServletRequest("POST", "/");
			first.setContent(new byte[10]);
			// While the first body is being read, a second one is refused at once.
			filter.doFilter(first, new MockHttpServletResponse(),
					(req, res) -> filter.doFilter(bodyOf(10), second, new MockFilterChain()));
			assertThat(second.getStatus()).isEqualTo(503);
			assertThat(second.getHeader("Retry-After")).isEqualTo("1");
			assertThat(statusFor(context, 10)).as("once the first is done").isEqualTo(200);
		});
	}

	@Test
	void cutsOffABodyThatTakesLongerThanItsTimeToArrive() {
		this.runner.withPropertyValues("carve.limits.body-read-timeout=50ms").run((context) -> {
			MockHttpServletRequest request = bodyOf(100);
			context.getBean(RequestBodyLimitFilter.class).doFilter(request, new MockHttpServletResponse(), (req, res) -> {
				java.io.InputStream in = req.getInputStream();
				in.read();
				pause(100);
				assertThatThrownBy(() -> in.read()).isInstanceOf(RequestBodyLimitFilter.BodyTooSlowException.class);
			});
		});
	}

	@Test
	void backsOffForTheServicesOwnFilter() {
		RequestBodyLimitFilter own = new RequestBodyLimitFilter(DataSize.ofMegabytes(1));
		this.runner.withBean(RequestBodyLimitFilter.class, () -> own).run((context) -> {
			assertThat(context).getBean(RequestBodyLimitFilter.class).isSameAs(own);
			assertThat(statusFor(context, 100 * 1024)).isEqualTo(200);
		});
	}

	@Test
	void isOffWhenSwitchedOff() {
		this.runner.withPropertyValues("carve.limits.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(RequestBodyLimitFilter.class));
	}

	@Test
	void appliesOnlyToServletWebApplications() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(RequestLimitsAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean(RequestBodyLimitFilter.class));
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static MockHttpServletRequest bodyOf(int length) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
		request.setContent(new byte[length]);
		return request;
	}

	private static int statusFor(AssertableWebApplicationContext context, int bodyLength) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
		request.setContent(new byte[bodyLength]);
		MockHttpServletResponse response = new MockHttpServletResponse();
		context.getBean(RequestBodyLimitFilter.class).doFilter(request, response, new MockFilterChain());
		return response.getStatus();
	}

}

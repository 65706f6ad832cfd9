package io.carve.starter.logging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

@ExtendWith(OutputCaptureExtension.class)
class ServiceLoggingAutoConfigurationTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ServiceLoggingAutoConfiguration.class));

	@Test
	void logsWhereTheServiceListens(CapturedOutput output) {
		this.runner.withPropertyValues("server.address=::1").run((context) -> {
			assertThat(context).hasSingleBean(ListenAddressLogger.class);
			context.getBean(ListenAddressLogger.class).onApplicationEvent(serverOnPort(8443));
			assertThat(output).contains("Listening on http://[::1]:8443");
		});
	}

	@Test
	void saysHttpsWhereTheServerServesTls(CapturedOutput output) {
		this.runner.withPropertyValues("server.address=10.0.0.7", "server.ssl.bundle=carve").run((context) -> {
			context.getBean(ListenAddressLogger.class).onApplicationEvent(serverOnPort(8443));
			assertThat(output).contains("Listening on https://10.0.0.7:8443");
		});
	}

	@Test
	void backsOffForTheServicesOwnLogger() {
		ListenAddressLogger own = new ListenAddressLogger("example.org");
		this.runner.withBean(ListenAddressLogger.class, () -> own)
			.run((context) -> assertThat(context).getBean(ListenAddressLogger.class).isSameAs(own));
	}

	@Test
	void isOffWhenSwitchedOff() {
		this.runner.withPropertyValues("carve.logging.listen-address.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(ListenAddressLogger.class));
	}

	@Test
	void appliesOnlyToWebApplications() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(ServiceLoggingAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean(ListenAddressLogger.class));
	}

	private static WebServerInitializedEvent serverOnPort(int port) {
		WebServer server = mock(WebServer.class);
		given(server.getPort()).willReturn(port);
		return new WebServerInitializedEvent(server) {

			@Override
			public WebServerApplicationContext getApplicationContext() {
				return null;
			}

		};
	}

}

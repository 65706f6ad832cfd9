package io.carve.starter.tls;

import java.util.List;

import io.carve.starter.problems.Problems;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.springdoc.core.customizers.OpenApiCustomizer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.xml.XmlMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.cloud.openfeign.clientconfig.HttpClient5FeignConfiguration.HttpClientConnectionManagerBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Service identity and mutual TLS from {@code carve.tls.*} (whose server settings
 * {@link TlsSettings} derives): only allowed callers are answered, Feign clients present the
 * service's certificate and trust only the CA, the API description declares it, and the start-up
 * log says how the service can be reached.
 */
@AutoConfiguration(after = { SslAutoConfiguration.class, JacksonAutoConfiguration.class })
@ConditionalOnBooleanProperty(name = "carve.tls.enabled", matchIfMissing = true)
@EnableConfigurationProperties({ TlsProperties.class, CallerProperties.class })
public class TlsAutoConfiguration {

	@Bean
	@ConditionalOnWebApplication
	@ConditionalOnMissingBean
	TransportNotice transportNotice(TlsProperties tls, Environment environment) {
		return new TransportNotice(tls, environment);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = Type.SERVLET)
	@ConditionalOnBooleanProperty(name = "carve.security.enabled", matchIfMissing = true)
	@Conditional(OnServedTls.class)
	static class CallersConfiguration {

		@Bean
		@ConditionalOnMissingBean
		AllowedCallersFilter allowedCallersFilter(CallerProperties callers, ObjectProvider<Problems> problems,
				Environment environment, ObjectProvider<JsonMapper> jsonMapper, ObjectProvider<XmlMapper> xmlMapper) {
			Problems completion = problems.getIfAvailable(() -> new Problems(
					environment.getProperty("spring.application.name", "application"), List.of()));
			return new AllowedCallersFilter(callers.allowedCallers(), new ProblemResponses(completion,
					jsonMapper.getIfAvailable(() -> JsonMapper.builder().build()), xmlMapper.getIfAvailable()));
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ HttpClientConnectionManagerBuilderCustomizer.class, PoolingHttpClientConnectionManagerBuilder.class })
	@Conditional(OnConfiguredTls.class)
	static class ClientTlsConfiguration {

		@Bean
		@ConditionalOnMissingBean
		ClientTls clientTls(SslBundles bundles) {
			return new ClientTls(bundles, TlsProperties.BUNDLE);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(OpenApiCustomizer.class)
	@ConditionalOnBooleanProperty(name = "carve.tls.server-enabled", matchIfMissing = true)
	static class ApiDescriptionConfiguration {

		@Bean
		@ConditionalOnMissingBean
		MutualTlsScheme mutualTlsScheme() {
			return new MutualTlsScheme();
		}

	}

	private static TlsProperties tls(ConditionContext context) {
		return Binder.get(context.getEnvironment()).bindOrCreate("carve.tls", TlsProperties.class);
	}

	/** The service serves mutual TLS: its three files are named and {@code carve.tls.server-enabled} holds. */
	static class OnServedTls extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			ConditionMessage.Builder message = ConditionMessage.forCondition("served mutual TLS");
			return tls(context).servesTls() ? ConditionOutcome.match(message.because("carve.tls.* name the files"))
					: ConditionOutcome.noMatch(message.because("carve.tls.* do not name the files, or the server is off"));
		}

	}

	/** The service has an identity: its three files are named. */
	static class OnConfiguredTls extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			ConditionMessage.Builder message = ConditionMessage.forCondition("configured TLS");
			return tls(context).configured() ? ConditionOutcome.match(message.because("carve.tls.* name the files"))
					: ConditionOutcome.noMatch(message.because("carve.tls.* do not name the files"));
		}

	}

}

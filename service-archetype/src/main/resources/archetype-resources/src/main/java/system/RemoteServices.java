#set( $symbol_dollar = '$' )
package ${package}.system;

import io.carve.contracts.model.ModelServiceClient;

import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/**
 * The platform services this one calls, through shared-contracts' Feign clients: each behind a
 * bulkhead, a circuit breaker and retries, its errors decoded into typed exceptions. Where each
 * runs is configuration ({@code remote-services.properties}, overridden by the operator file).
 */
@Configuration(proxyBeanMethods = false)
@EnableFeignClients(clients = ModelServiceClient.class)
@PropertySource("classpath:remote-services.properties")
class RemoteServices {

}

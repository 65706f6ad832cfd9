package io.carve.gateway.legacy;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whose forwarding headers the proxy believes.
 *
 * @param trustedProxies peers (IPv4 or IPv6 addresses, or CIDRs such as {@code 10.0.0.0/8}) whose
 * {@code Forwarded}, {@code X-Forwarded-*} and {@code X-Real-IP} headers are passed on (the gateway
 * adds its hop); from any other peer they are dropped. None unless set: the gateway is the edge
 */
@ConfigurationProperties("gateway")
record ForwardingProperties(@DefaultValue List<String> trustedProxies) {

}

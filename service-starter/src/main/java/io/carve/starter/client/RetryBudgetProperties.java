package io.carve.starter.client;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The retry budget of every client ({@code carve.clients.retry-budget}).
 *
 * @param share the retries each call earns: 0.1 lets retries add at most a tenth to the calls
 * @param reserve the retries allowed before calls have earned any, and the most ever saved up
 */
@ConfigurationProperties("carve.clients.retry-budget")
public record RetryBudgetProperties(double share, double reserve) {

}

package io.carve.gateway.custom;

import io.carve.contracts.model.ModelType;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the legacy custom API maps onto model-service.
 *
 * @param modelType the type of the models that {@code POST /api/custom} creates, since legacy
 * clients send only a name
 */
@ConfigurationProperties("gateway.custom")
record CustomProperties(@DefaultValue("USER") ModelType modelType) {

}

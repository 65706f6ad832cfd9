package io.carve.gateway.custom;

import java.time.Duration;

import io.carve.contracts.model.ModelType;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How the legacy custom API maps onto model-service.
 *
 * @param modelType the type of the models that {@code POST /api/custom} creates, since legacy
 * clients send only a name
 * @param maxRequestBody the largest body {@code POST /api/custom} accepts: a name of 255 characters
 * fits many times over; larger ones get 413 before they are read
 * @param maxItems the most items {@code GET /api/custom} answers; a longer list is a 507 problem
 * @param listDeadline the longest {@code GET /api/custom} may take to gather its items; longer is a 504 problem
 */
@ConfigurationProperties("gateway.custom")
record CustomProperties(@DefaultValue("USER") ModelType modelType, @DefaultValue("4KB") DataSize maxRequestBody,
		@DefaultValue("1000") int maxItems, @DefaultValue("5s") Duration listDeadline) {

}

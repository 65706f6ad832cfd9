package io.carve.starter.data;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Paged lists, under {@code carve.paging}.
 *
 * @param maxPageSize largest {@code size} a list accepts; larger ones get 400
 */
@ConfigurationProperties("carve.paging")
public record PagingProperties(@DefaultValue("100") int maxPageSize) {

}

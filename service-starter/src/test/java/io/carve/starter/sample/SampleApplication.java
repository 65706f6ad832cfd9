package io.carve.starter.sample;

import io.carve.starter.database.EmbeddedPostgresAutoConfiguration;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;

/**
 * The smallest service on the starter, for the conventions that only a running server shows. It
 * keeps no data: JPA is on the starter's test classpath, so no DataSource is made at all.
 */
@SpringBootApplication(exclude = { DataSourceAutoConfiguration.class, EmbeddedPostgresAutoConfiguration.class })
class SampleApplication {

}

package io.carve.starter.data;

import org.hibernate.TransactionException;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Pageable;

/**
 * Where a service keeps data with Spring Data JPA: checked paging of its lists, and a lost
 * database answered as a 503. ETags ({@link Versions}), the versioned base entity and storable
 * text need no beans.
 */
@AutoConfiguration
@ConditionalOnClass(Pageable.class)
@ConditionalOnBooleanProperty(name = "carve.data.enabled", matchIfMissing = true)
@EnableConfigurationProperties(PagingProperties.class)
public class DataConventionsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Paging paging(PagingProperties properties) {
		return new Paging(properties.maxPageSize());
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ DataAccessException.class, TransactionException.class })
	static class DatabaseOutageConfiguration {

		@Bean
		@ConditionalOnMissingBean
		DatabaseOutageProblems databaseOutageProblems() {
			return new DatabaseOutageProblems();
		}

	}

}

package io.carve.starter.tls;

import io.carve.starter.tracing.TraceIdFilter;
import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.web.ManagementContextConfiguration;
import org.springframework.boot.actuate.autoconfigure.web.ManagementContextType;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.OrderUtils;

/**
 * On a management port of its own the actuator runs in a child context, whose server sees none
 * of the service's filters: the allowed callers' check (and the trace id its problems carry) is
 * registered there too, so metrics and info answer only allowed callers while health stays open.
 */
@ManagementContextConfiguration(value = ManagementContextType.CHILD, proxyBeanMethods = false)
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnBean(AllowedCallersFilter.class)
class TlsManagementChildConfiguration {

	@Bean
	FilterRegistrationBean<AllowedCallersFilter> managementAllowedCallers(AllowedCallersFilter filter) {
		FilterRegistrationBean<AllowedCallersFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(OrderUtils.getOrder(AllowedCallersFilter.class, Ordered.LOWEST_PRECEDENCE));
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}

	@Bean
	@ConditionalOnBean(TraceIdFilter.class)
	FilterRegistrationBean<TraceIdFilter> managementTraceIds(ObjectProvider<TraceIdFilter> filter) {
		FilterRegistrationBean<TraceIdFilter> registration = new FilterRegistrationBean<>(filter.getObject());
		registration.setOrder(OrderUtils.getOrder(TraceIdFilter.class, Ordered.LOWEST_PRECEDENCE));
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}

}

package io.carve.starter.cli;

import java.lang.reflect.Modifier;

import org.springframework.beans.factory.config.DependencyDescriptor;
import org.springframework.context.annotation.ContextAnnotationAutowireCandidateResolver;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Controller;

/**
 * Gives controllers of the web layer lazy proxies of what they depend on, resolved on first use:
 * springdoc builds every controller to describe it, and a repository behind one has no database
 * here. A command only reads, so no proxy is ever used.
 */
final class LazyControllerCollaborators extends ContextAnnotationAutowireCandidateResolver {

	@Override
	protected boolean isLazy(DependencyDescriptor descriptor) {
		if (super.isLazy(descriptor)) {
			return true;
		}
		MethodParameter parameter = descriptor.getMethodParameter();
		Class<?> owner = (parameter != null) ? parameter.getDeclaringClass()
				: (descriptor.getField() != null) ? descriptor.getField().getDeclaringClass() : null;
		Class<?> type = descriptor.getDependencyType();
		return owner != null && AnnotatedElementUtils.hasAnnotation(owner, Controller.class) && !type.isPrimitive()
				&& !type.isArray() && !Modifier.isFinal(type.getModifiers());
	}

}

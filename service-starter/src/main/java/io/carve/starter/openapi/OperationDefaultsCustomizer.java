package io.carve.starter.openapi;

import java.lang.reflect.AnnotatedElement;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.GlobalOperationCustomizer;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.HandlerMethod;

/**
 * Fills in what the description of an operation lacks where its code says little: a summary made
 * from the method's name when the service wrote none with {@code @Operation}, and JSON and XML
 * both where the mapping names no media type for a request or response document, since the
 * platform's converters read and write both.
 */
public class OperationDefaultsCustomizer implements GlobalOperationCustomizer {

	private static final Set<String> DOCUMENT_TYPES = Set.of("object", "array");

	@Override
	public Operation customize(Operation operation, HandlerMethod handler) {
		if (!StringUtils.hasText(operation.getSummary())) {
			operation.setSummary(summaryOf(handler.getMethod().getName()));
		}
		if (operation.getRequestBody() != null && undeclared(handler, RequestMapping::consumes)) {
			bothFormats(operation.getRequestBody().getContent());
		}
		if (operation.getResponses() != null && undeclared(handler, RequestMapping::produces)) {
			operation.getResponses()
				.entrySet()
				.stream()
				.filter((response) -> response.getKey().startsWith("2"))
				.forEach((response) -> bothFormats(response.getValue().getContent()));
		}
		return operation;
	}

	/** {@code listModels} becomes "List models". */
	static String summaryOf(String methodName) {
		String words = methodName.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	/** Whether neither the method's nor its controller's mapping names media types of this kind. */
	private static boolean undeclared(HandlerMethod handler, Function<RequestMapping, String[]> types) {
		return Stream.<AnnotatedElement>of(handler.getMethod(), handler.getBeanType())
			.map((element) -> AnnotatedElementUtils.findMergedAnnotation(element, RequestMapping.class))
			.filter(Objects::nonNull)
			.allMatch((mapping) -> types.apply(mapping).length == 0);
	}

	/** Where springdoc named its one default media type for a document, names JSON and XML. */
	private static void bothFormats(Content content) {
		if (content == null || content.size() != 1) {
			return;
		}
		Map.Entry<String, MediaType> only = content.entrySet().iterator().next();
		if (!isDocument(only.getValue().getSchema())) {
			return;
		}
		content.clear();
		content.addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE, only.getValue());
		content.addMediaType(org.springframework.http.MediaType.APPLICATION_XML_VALUE, only.getValue());
	}

	private static boolean isDocument(Schema<?> schema) {
		if (schema == null) {
			return false;
		}
		if (schema.get$ref() != null) {
			return true;
		}
		Set<String> types = (schema.getTypes() != null) ? schema.getTypes()
				: (schema.getType() != null) ? Set.of(schema.getType()) : Set.of();
		return types.stream().anyMatch(DOCUMENT_TYPES::contains);
	}

}

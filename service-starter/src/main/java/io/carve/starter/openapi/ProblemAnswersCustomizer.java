package io.carve.starter.openapi;

import java.lang.reflect.AnnotatedElement;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.GlobalOperationComponentsCustomizer;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;

/**
 * Documents the problems each operation answers, in JSON and XML, with the {@code Problem}
 * schema: those its signature shows (400 for parameters or a body, 404 for a path with variables,
 * 413 and 415 for a body, 412 and 409 for a versioned write that takes {@code If-Match}), those
 * declared with {@link ProblemAnswers}, and those of the service's failures that are not bugs
 * (a lost database, a failed call to another service) on every operation.
 */
public class ProblemAnswersCustomizer implements GlobalOperationComponentsCustomizer {

	private static final Map<HttpStatus, String> DESCRIPTIONS = Map.of(HttpStatus.BAD_REQUEST,
			"Invalid request: a parameter or the body is malformed or breaks a rule; 'errors' lists each one.",
			HttpStatus.NOT_FOUND, "Not found: nothing is at this path, such as no resource with this id.",
			HttpStatus.CONFLICT,
			"Conflict with the resource's current state, such as a unique value already taken or a change made"
					+ " meanwhile by another request.",
			HttpStatus.PRECONDITION_FAILED,
			"Precondition failed: If-Match names an ETag that is no longer current; read the resource again.",
			HttpStatus.CONTENT_TOO_LARGE, "Content too large: the body is larger than the service accepts.",
			HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type: send the body in one of the types listed.",
			HttpStatus.BAD_GATEWAY, "Bad gateway: a service this one called failed; 'upstream' holds its problem.",
			HttpStatus.SERVICE_UNAVAILABLE,
			"Service unavailable: what it needs (its database, a service it calls) is out of reach for now; retry"
					+ " after Retry-After.",
			HttpStatus.GATEWAY_TIMEOUT, "Gateway timeout: a service this one called did not answer in time.");

	private final Set<HttpStatus> everywhere;

	private final boolean bodyLimit;

	/**
	 * @param everywhere the statuses of failures any operation may meet, such as a lost database
	 * @param bodyLimit whether request bodies over a limit get 413
	 */
	public ProblemAnswersCustomizer(Collection<HttpStatus> everywhere, boolean bodyLimit) {
		this.everywhere = Set.copyOf(everywhere);
		this.bodyLimit = bodyLimit;
	}

	/**
	 * Springdoc calls the variant with the components for a customizer of this kind: the problem
	 * schema must land beside the answers that refer to it.
	 */
	@Override
	public Operation customize(Operation operation, HandlerMethod handler) {
		return operation;
	}

	@Override
	public Operation customize(Operation operation, Components components, HandlerMethod handler) {
		Set<HttpStatus> statuses = answers(operation, handler);
		if (statuses.isEmpty()) {
			return operation;
		}
		if (components.getSchemas() == null || !components.getSchemas().containsKey(ProblemSchema.NAME)) {
			components.addSchemas(ProblemSchema.NAME, ProblemSchema.of());
		}
		if (operation.getResponses() == null) {
			operation.setResponses(new ApiResponses());
		}
		for (HttpStatus status : statuses) {
			ApiResponse response = operation.getResponses()
				.computeIfAbsent(Integer.toString(status.value()), (code) -> new ApiResponse().description(
						DESCRIPTIONS.getOrDefault(status, status.getReasonPhrase() + ".")));
			// The platform answers every error as a problem: springdoc gives an @ApiResponse without
			// content the operation's own body, which is not what comes.
			if (response.get$ref() == null && !isProblem(response.getContent())) {
				response.setContent(problemContent());
			}
			if (status == HttpStatus.SERVICE_UNAVAILABLE && response.get$ref() == null) {
				response.addHeaderObject(HttpHeaders.RETRY_AFTER, new Header()
					.description("Seconds to wait before trying again.")
					.schema(ProblemSchema.typed("integer")));
			}
		}
		return operation;
	}

	/** The problems this operation answers, by status. */
	private Set<HttpStatus> answers(Operation operation, HandlerMethod handler) {
		Set<HttpStatus> statuses = new TreeSet<>(Comparator.comparingInt(HttpStatus::value));
		List<Parameter> parameters = (operation.getParameters() != null) ? operation.getParameters() : List.of();
		boolean body = operation.getRequestBody() != null;
		if (!parameters.isEmpty() || body) {
			statuses.add(HttpStatus.BAD_REQUEST);
		}
		if (parameters.stream().anyMatch((parameter) -> "path".equals(parameter.getIn()))) {
			statuses.add(HttpStatus.NOT_FOUND);
		}
		if (body) {
			statuses.add(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
			if (this.bodyLimit) {
				statuses.add(HttpStatus.CONTENT_TOO_LARGE);
			}
		}
		// A write that takes If-Match is versioned (io.carve.starter.data.Versions): a stale tag gets
		// 412, and a change that raced it without one 409.
		if (parameters.stream()
			.anyMatch((parameter) -> "header".equals(parameter.getIn())
					&& HttpHeaders.IF_MATCH.equalsIgnoreCase(parameter.getName()))) {
			statuses.add(HttpStatus.PRECONDITION_FAILED);
			statuses.add(HttpStatus.CONFLICT);
		}
		declared(handler).forEach(statuses::add);
		statuses.addAll(this.everywhere);
		return statuses;
	}

	private static Stream<HttpStatus> declared(HandlerMethod handler) {
		return Stream.<AnnotatedElement>of(handler.getMethod(), handler.getBeanType())
			.map((element) -> AnnotatedElementUtils.findMergedAnnotation(element, ProblemAnswers.class))
			.filter(Objects::nonNull)
			.flatMap((answers) -> Arrays.stream(answers.value()));
	}

	private static boolean isProblem(Content content) {
		return content != null && content.keySet().stream().anyMatch((type) -> type.startsWith("application/problem+"));
	}

	private static Content problemContent() {
		Schema<?> problem = new Schema<>().$ref(ProblemSchema.REF);
		return new Content()
			.addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					new MediaType().schema(problem))
			.addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_XML_VALUE,
					new MediaType().schema(problem));
	}

}

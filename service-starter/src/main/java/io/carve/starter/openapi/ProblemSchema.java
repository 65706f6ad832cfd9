package io.carve.starter.openapi;

import java.util.Set;

import io.carve.starter.problems.Problems;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.XML;

/**
 * The schema of the RFC 9457 problem every platform service answers, as {@code Problems}
 * completes it: the standard members, the service, the trace id, each invalid field and the
 * problem of the service further on that caused this one.
 */
final class ProblemSchema {

	/** Its name under {@code components/schemas}. */
	static final String NAME = "Problem";

	/** Its reference from a response. */
	static final String REF = "#/components/schemas/" + NAME;

	/** The namespace of a problem in XML (RFC 9457, appendix B). */
	private static final String XML_NAMESPACE = "urn:ietf:rfc:7807";

	private ProblemSchema() {
	}

	static Schema<?> of() {
		Schema<?> error = typed("object").description("One invalid field or parameter.")
			.addProperty("field", typed("string").description("The field, as a path into the body, or the parameter."))
			.addProperty("message", typed("string").description("What is wrong with it."));
		return typed("object")
			.description("An RFC 9457 problem, in application/problem+json or, when the client asked for XML,"
					+ " application/problem+xml.")
			.xml(new XML().name("problem").namespace(XML_NAMESPACE))
			.addProperty("type", typed("string").format("uri-reference")
				.description("A URI naming the kind of problem; about:blank when absent."))
			.addProperty("title", typed("string").description("A short summary of the kind of problem."))
			.addProperty("status", typed("integer").format("int32").description("The HTTP status of the answer."))
			.addProperty("detail", typed("string").description("What went wrong with this request, and what to do."))
			.addProperty("instance", typed("string").format("uri-reference").description("The path requested."))
			.addProperty(Problems.SERVICE, typed("string").description("The service that answered."))
			.addProperty(Problems.TRACE_ID,
					typed("string").description("The W3C trace id of the request, which its log lines carry."))
			.addProperty(Problems.ERRORS,
					typed("array").items(error).description("Each invalid field or parameter, for a 400."))
			.addProperty(Problems.UPSTREAM, new Schema<>().$ref(REF)
				.description("The problem of the service further on that caused this one."));
	}

	/** A schema of one JSON type, written as {@code type} in OpenAPI 3.0 and 3.1 alike. */
	static Schema<Object> typed(String type) {
		Schema<Object> schema = new Schema<>();
		schema.setType(type);
		schema.setTypes(Set.of(type));
		return schema;
	}

}

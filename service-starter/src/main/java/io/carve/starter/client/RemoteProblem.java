package io.carve.starter.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem as a platform service answers it: the standard members, the service that
 * answered, its trace id, for invalid input one entry per invalid field, and, when it was itself
 * caused by a call further on, that call's problem as {@code upstream}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record RemoteProblem(String type, String title, int status, String detail, String instance, String service,
		String traceId, List<InvalidField> errors, RemoteProblem upstream) {

	/** One invalid field or parameter, and what is wrong with it. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record InvalidField(String field, String message) {

	}

	/** A problem standing for an error answer that was not a problem document. */
	public static RemoteProblem ofPlainAnswer(int status, String reason, String service) {
		return new RemoteProblem(null, reason, status, "The answer carried no problem details.", null, service, null,
				List.of(), null);
	}

}

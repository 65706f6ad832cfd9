package io.carve.starter.client;

import feign.Request.HttpMethod;

/**
 * The callee answered with an error status. Carries what it said, so a caller can pass the
 * chain on: which service, its status, its problem and its trace id.
 */
public class RemoteProblemException extends RemoteCallException {

	private final HttpMethod method;

	private final RemoteProblem problem;

	public RemoteProblemException(String service, HttpMethod method, RemoteProblem problem) {
		super(service, describe(service, method, problem), null);
		this.method = method;
		this.problem = problem;
	}

	/** HTTP status of the callee's answer. */
	public int status() {
		return this.problem.status();
	}

	/** The callee's problem document, or one standing for a plain error answer. */
	public RemoteProblem problem() {
		return this.problem;
	}

	/** The method of the request that failed; decides whether it may be retried. */
	public HttpMethod method() {
		return this.method;
	}

	private static String describe(String service, HttpMethod method, RemoteProblem problem) {
		StringBuilder message = new StringBuilder(service).append(" answered ").append(method).append(' ');
		message.append(problem.instance() != null ? problem.instance() : "").append(" with ").append(problem.status());
		if (problem.title() != null) {
			message.append(' ').append(problem.title());
		}
		if (problem.detail() != null) {
			message.append(": ").append(problem.detail());
		}
		if (problem.traceId() != null) {
			message.append(" (trace ").append(problem.traceId()).append(')');
		}
		return message.toString();
	}

}

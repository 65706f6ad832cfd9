package io.carve.starter.tls;

import java.io.IOException;

import io.carve.starter.problems.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.xml.XmlMapper;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.http.converter.xml.JacksonXmlHttpMessageConverter;
import org.springframework.http.server.ServletServerHttpResponse;

/**
 * Writes a problem from a filter, in JSON or XML as the client asked, completed like every other
 * problem. A filter cannot count on the error dispatch: on a separate management port, Boot's
 * management error endpoint would answer in its own format.
 */
class ProblemResponses {

	private final Problems problems;

	private final HttpMessageConverter<Object> json;

	private final HttpMessageConverter<Object> xml;

	ProblemResponses(Problems problems, JsonMapper jsonMapper, XmlMapper xmlMapper) {
		this.problems = problems;
		// Rebuilt, so that the converters add Spring's problem mix-ins to the service's mappers.
		this.json = new JacksonJsonHttpMessageConverter(jsonMapper.rebuild());
		this.xml = (xmlMapper != null) ? new JacksonXmlHttpMessageConverter(xmlMapper.rebuild()) : null;
	}

	void write(ProblemDetail problem, HttpServletRequest request, HttpServletResponse response) throws IOException {
		this.problems.complete(problem, request, request.getRequestURI());
		MediaType type = Problems.mediaTypeFor(request);
		HttpMessageConverter<Object> converter = this.json;
		if (type.equals(MediaType.APPLICATION_PROBLEM_XML) && this.xml != null) {
			converter = this.xml;
		}
		else {
			type = MediaType.APPLICATION_PROBLEM_JSON;
		}
		response.setStatus(problem.getStatus());
		ServletServerHttpResponse out = new ServletServerHttpResponse(response);
		converter.write(problem, type, out);
		out.flush();
	}

}

package io.carve.starter.problems;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.core.StandardHost;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.HttpStatus;

/**
 * Tomcat answers some requests itself, before any filter or controller sees them: a path with a
 * malformed percent-encoding, say. Its answer is an HTML page; this puts a problem document in its
 * place, so that every error of the service, whoever raises it, is a problem.
 */
public class TomcatProblemReports implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

	private final String serviceName;

	public TomcatProblemReports(String serviceName) {
		this.serviceName = serviceName;
	}

	@Override
	public void customize(ConfigurableTomcatWebServerFactory factory) {
		factory.addContextCustomizers((context) -> {
			StandardHost host = (StandardHost) context.getParent();
			// The host adds a report valve of this class only if it has none already.
			host.setErrorReportValveClass(ProblemReportValve.class.getName());
			host.getPipeline().addValve(new ProblemReportValve(this.serviceName));
		});
	}

	/** Writes Tomcat's own error answers as {@code application/problem+json}. */
	static class ProblemReportValve extends ErrorReportValve {

		private final String serviceName;

		ProblemReportValve(String serviceName) {
			this.serviceName = serviceName;
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			HttpStatus known = HttpStatus.resolve(status);
			String title = (known != null) ? known.getReasonPhrase() : "Error";
			String detail = (status < 500)
					? "The request could not be read; check its path (percent-encoding), query and headers."
					: "The service failed to handle this request.";
			try {
				response.setContentType("application/problem+json");
				response.setCharacterEncoding("UTF-8");
				Writer writer = response.getReporter();
				if (writer != null) {
					writer.write("{\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\"" + detail
							+ "\",\"service\":\"" + this.serviceName + "\"}");
					response.finishResponse();
				}
			}
			catch (IOException | IllegalStateException ex) {
				// The connection is gone or the answer started: nothing more to say.
			}
		}

	}

}

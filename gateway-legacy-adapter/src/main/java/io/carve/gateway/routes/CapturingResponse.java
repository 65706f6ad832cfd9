package io.carve.gateway.routes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import io.carve.gateway.shadow.Answer;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.http.HttpHeaders;

/**
 * Passes an answer to the client as it is written and keeps a copy of it, up to a cap, so the
 * client waits for nothing. No copy is kept of an answer past the cap or sent as an error page.
 */
class CapturingResponse extends HttpServletResponseWrapper {

	private final ByteArrayOutputStream copy = new ByteArrayOutputStream();

	private final int max;

	private boolean uncomparable;

	private ServletOutputStream stream;

	CapturingResponse(HttpServletResponse response, int max) {
		super(response);
		this.max = max;
	}

	@Override
	public ServletOutputStream getOutputStream() throws IOException {
		if (this.stream == null) {
			this.stream = new Tee(super.getOutputStream());
		}
		return this.stream;
	}

	@Override
	public void sendError(int status) throws IOException {
		this.uncomparable = true;
		super.sendError(status);
	}

	@Override
	public void sendError(int status, String message) throws IOException {
		this.uncomparable = true;
		super.sendError(status, message);
	}

	/** The answer as the client got it, or null when none was kept. */
	Answer answer() {
		if (this.uncomparable) {
			return null;
		}
		HttpServletResponse response = (HttpServletResponse) getResponse();
		HttpHeaders headers = new HttpHeaders();
		for (String name : response.getHeaderNames()) {
			response.getHeaders(name).forEach((value) -> headers.add(name, value));
		}
		// Tomcat keeps the content type apart from the other headers.
		if (response.getContentType() != null) {
			headers.set(HttpHeaders.CONTENT_TYPE, response.getContentType());
		}
		return new Answer(response.getStatus(), headers, this.copy.toByteArray());
	}

	private final class Tee extends ServletOutputStream {

		private final ServletOutputStream out;

		Tee(ServletOutputStream out) {
			this.out = out;
		}

		@Override
		public void write(int b) throws IOException {
			this.out.write(b);
			keep(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			this.out.write(bytes, offset, length);
			keep(bytes, offset, length);
		}

		private void keep(byte[] bytes, int offset, int length) {
			if (CapturingResponse.this.uncomparable) {
				return;
			}
			if (CapturingResponse.this.copy.size() + length > CapturingResponse.this.max) {
				CapturingResponse.this.uncomparable = true;
				CapturingResponse.this.copy.reset();
				return;
			}
			CapturingResponse.this.copy.write(bytes, offset, length);
		}

		@Override
		public void flush() throws IOException {
			this.out.flush();
		}

		@Override
		public boolean isReady() {
			return this.out.isReady();
		}

		@Override
		public void setWriteListener(WriteListener listener) {
			this.out.setWriteListener(listener);
		}

	}

}

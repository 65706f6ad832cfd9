package io.carve.gateway.legacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import org.apache.hc.core5.concurrent.Cancellable;
import org.apache.hc.core5.http.io.entity.HttpEntityWrapper;
import org.apache.hc.core5.http.io.entity.InputStreamEntity;

/**
 * A client's body on its way to the monolith, streamed as it comes. Where it stops short (the
 * client went, grew past the limit or came too slowly), the request to the monolith is cancelled
 * at once, which closes its connection: HttpClient would otherwise end a chunked body with its
 * last chunk, and the monolith would take the part for a whole request.
 */
final class ForwardedBody extends HttpEntityWrapper {

	private final Cancellable request;

	private volatile Exception failure;

	ForwardedBody(InputStream body, long length, Cancellable request) {
		super(new InputStreamEntity(body, length, null));
		this.request = request;
	}

	@Override
	public void writeTo(OutputStream out) throws IOException {
		try {
			super.writeTo(out);
		}
		catch (IOException | RuntimeException ex) {
			this.failure = ex;
			this.request.cancel();
			throw ex;
		}
	}

	/** Why the body stopped short, or null: HttpClient reports only that the request was cancelled. */
	Exception failure() {
		return this.failure;
	}

}

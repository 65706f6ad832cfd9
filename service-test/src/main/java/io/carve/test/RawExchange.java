package io.carve.test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One HTTP/1.1 exchange written by hand, for what the JDK's client cannot do: send a malformed
 * request or a header it refuses (such as {@code Connection}), or read an answer that comes
 * before the whole body was sent (it gives up on the exchange when the server stops reading).
 * The body is written on a thread of its own, as a client streams an upload while the answer
 * may already be on its way.
 */
public final class RawExchange {

	private static final JsonMapper json = JsonMapper.builder().build();

	private RawExchange() {
	}

	/** What came back, and how much of the body the server took before it stopped reading. */
	public record Answer(String head, byte[] body, long bodyBytesSent, Duration took) {

		/** The status code of the answer's status line. */
		public int status() {
			return Integer.parseInt(this.head.substring(9, 12));
		}

		/** The value of the first header of this name, whatever its case, or null. */
		public String header(String name) {
			for (String line : this.head.split("\r\n")) {
				int colon = line.indexOf(':');
				if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
					return line.substring(colon + 1).trim();
				}
			}
			return null;
		}

		/** The body as UTF-8 text. */
		public String text() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

		/** The body parsed as JSON. */
		public JsonNode json() {
			return RawExchange.json.readTree(this.body);
		}

	}

	/** Sends {@code head} and {@code Connection: close}, without a body; answers once the answer has been read. */
	public static Answer send(int port, String head) {
		return send(port, head, new byte[0], 0, false);
	}

	/**
	 * Sends {@code head} (request line and headers, without the blank line that ends them) and
	 * {@code Connection: close}, then {@code bodySize} bytes of body starting with {@code bodyStart}
	 * and padded with {@code a}, chunked in 64 KB pieces if {@code chunked}; answers once the
	 * answer has been read.
	 */
	public static Answer send(int port, String head, byte[] bodyStart, long bodySize, boolean chunked) {
		long start = System.nanoTime();
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write((head + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			AtomicLong sent = new AtomicLong();
			Thread writer = new Thread(() -> writeBody(out, bodyStart, bodySize, chunked, sent));
			writer.start();
			byte[] answer = readToTheEnd(socket.getInputStream());
			writer.join(30_000);
			return parse(answer, sent.get(), Duration.ofNanos(System.nanoTime() - start));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void writeBody(OutputStream out, byte[] bodyStart, long bodySize, boolean chunked, AtomicLong sent) {
		byte[] piece = new byte[64 * 1024];
		try {
			while (sent.get() < bodySize) {
				int length = (int) Math.min(piece.length, bodySize - sent.get());
				Arrays.fill(piece, (byte) 'a');
				if (sent.get() < bodyStart.length) {
					System.arraycopy(bodyStart, 0, piece, 0, Math.min(bodyStart.length, length));
				}
				if (chunked) {
					out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
				}
				out.write(piece, 0, length);
				if (chunked) {
					out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
				}
				sent.addAndGet(length);
			}
			if (chunked) {
				out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
			}
			out.flush();
		}
		catch (IOException ex) {
			// The server answered and closed the connection before taking the whole body.
		}
	}

	/** Everything up to the end of the answer: the server closes the connection after an error. */
	private static byte[] readToTheEnd(InputStream in) throws IOException {
		ByteArrayOutputStream answer = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		try {
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				answer.write(buffer, 0, read);
			}
		}
		catch (IOException ex) {
			// A reset after the answer, for the body the server never read.
			if (answer.size() == 0) {
				throw ex;
			}
		}
		return answer.toByteArray();
	}

	private static Answer parse(byte[] answer, long sent, Duration took) {
		String text = new String(answer, StandardCharsets.ISO_8859_1);
		int end = text.indexOf("\r\n\r\n");
		if (end < 0) {
			throw new IllegalStateException("No complete answer came back: '" + text + "'");
		}
		String head = text.substring(0, end);
		byte[] body = Arrays.copyOfRange(answer, end + 4, answer.length);
		String encoding = new Answer(head, body, sent, took).header("Transfer-Encoding");
		if (encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked")) {
			body = unchunk(body);
		}
		return new Answer(head, body, sent, took);
	}

	private static byte[] unchunk(byte[] chunked) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		String text = new String(chunked, StandardCharsets.ISO_8859_1);
		int at = 0;
		while (at < text.length()) {
			int lineEnd = text.indexOf("\r\n", at);
			int size = Integer.parseInt(text.substring(at, lineEnd).split(";")[0].trim(), 16);
			if (size == 0) {
				break;
			}
			body.write(chunked, lineEnd + 2, size);
			at = lineEnd + 2 + size + 2;
		}
		return body.toByteArray();
	}

}

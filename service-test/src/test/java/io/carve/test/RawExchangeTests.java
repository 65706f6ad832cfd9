package io.carve.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-written exchange against a server written by hand too, which reads the request head,
 * as much of the body as it is told, and answers what the test gives it.
 */
class RawExchangeTests {

	private ServerSocket server;

	private CompletableFuture<String> received;

	@AfterEach
	void stopServer() throws IOException {
		this.server.close();
	}

	@Test
	void sendsTheHeadAsWrittenAndReadsStatusHeadersAndJson() throws Exception {
		int port = serve(false, "HTTP/1.1 400 \r\ncontent-type: application/problem+json\r\nContent-Length: 14\r\n\r\n"
				+ "{\"status\":400}");

		RawExchange.Answer answer = RawExchange.send(port, "GET /a/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: x");

		assertThat(this.received.get()).startsWith("GET /a/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: x\r\n")
			.endsWith("Connection: close\r\n\r\n");
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
		assertThat(answer.header("Retry-After")).isNull();
		assertThat(answer.json().get("status").asInt()).isEqualTo(400);
		assertThat(answer.bodyBytesSent()).isZero();
	}

	@Test
	void sendsTheBodyChunkedAndDecodesAChunkedAnswer() throws Exception {
		int port = serve(true, "HTTP/1.1 200 \r\nTransfer-Encoding: chunked\r\n\r\n"
				+ "3\r\nabc\r\n4;x=y\r\ndéf\r\n0\r\n\r\n");

		RawExchange.Answer answer = RawExchange.send(port, "POST /upload HTTP/1.1\r\nHost: localhost\r\n"
				+ "Transfer-Encoding: chunked", "{\"n\":".getBytes(StandardCharsets.US_ASCII), 70_000, true);

		assertThat(this.received.get()).contains("\r\n\r\n10000\r\n{\"n\":aaaa").contains("\r\n1170\r\naaaa")
			.endsWith("\r\n0\r\n\r\n");
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.text()).isEqualTo("abcdéf");
		assertThat(answer.bodyBytesSent()).isEqualTo(70_000);
	}

	@Test
	void readsAnAnswerThatComesBeforeTheBodyWasTaken() throws Exception {
		int port = serve(false, "HTTP/1.1 413 \r\nContent-Length: 3\r\n\r\nbig");

		RawExchange.Answer answer = RawExchange.send(port, "POST /upload HTTP/1.1\r\nHost: localhost\r\n"
				+ "Content-Length: 60000000", new byte[0], 60_000_000, false);

		assertThat(answer.status()).isEqualTo(413);
		assertThat(answer.text()).isEqualTo("big");
		assertThat(answer.bodyBytesSent()).isLessThan(60_000_000);
	}

	/**
	 * Serves one exchange: reads the head, and a chunked body to its end if {@code readBody},
	 * writes the answer and closes the connection; {@link #received} is what it read.
	 */
	private int serve(boolean readBody, String answer) throws IOException {
		this.server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
		this.received = CompletableFuture.supplyAsync(() -> {
			try (Socket socket = this.server.accept()) {
				InputStream in = socket.getInputStream();
				StringBuilder read = new StringBuilder();
				while (!endsWith(read, "\r\n\r\n")) {
					read.append((char) in.read());
				}
				if (readBody) {
					while (!endsWith(read, "\r\n0\r\n\r\n")) {
						int c = in.read();
						if (c < 0) {
							break;
						}
						read.append((char) c);
					}
				}
				OutputStream out = socket.getOutputStream();
				out.write(answer.getBytes(StandardCharsets.UTF_8));
				out.flush();
				return read.toString();
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		});
		return this.server.getLocalPort();
	}

	private static boolean endsWith(StringBuilder text, String end) {
		return text.length() >= end.length() && text.substring(text.length() - end.length()).equals(end);
	}

}

package io.carve.model.system;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import io.carve.test.HostileRequest;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** The ingredients of hostile requests: odd values for every part of an HTTP request. */
final class HostileValues {

	private static final String XXE = "<?xml version=\"1.0\"?><!DOCTYPE model [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
			+ "<model><name>&xxe;</name><type>USER</type></model>";

	private static final String LAUGHS = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
			+ "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
			+ "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
			+ "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">]>"
			+ "<model><name>&lol4;</name><type>USER</type></model>";

	private HostileValues() {
	}

	/** An id in a path: the real one, other numbers, or something that is no id at all. */
	static Arbitrary<String> pathSegments(long real) {
		return Arbitraries.oneOf(Arbitraries.just(Long.toString(real)), Arbitraries.longs().map(String::valueOf),
				Arbitraries.of("0", "-1", "99999999999999999999999", "1e3", "0x10", "%00", "%FF", "%ED%A0%80",
						"%C0%AE%C0%AE", "..%2F..%2Fetc", "%20", "1;x=y", "null", "%E2%80%AE"),
				texts().map(HostileValues::encode));
	}

	/** A query string, empty or with paging, sorting and filter parameters holding odd values. */
	static Arbitrary<String> queries() {
		Arbitrary<String> name = Arbitraries.of("page", "size", "sort", "type", "name", "page", "size", "x");
		Arbitrary<String> value = Arbitraries.oneOf(Arbitraries.integers().map(String::valueOf),
				Arbitraries.of("99999999999999999999", "-2147483648", "2147483647", "-1", "0", "1.5", "NaN", "name,desc",
						"id,sideways", "nosuchfield,asc", ",,,", "USER", "ROBOT", "user", "%25", "%00", "%FF", "%ED%A0%80",
						"a%5B0%5D"),
				texts().map(HostileValues::encode));
		Arbitrary<String> parameter = name.flatMap((n) -> value.map((v) -> n + "=" + v));
		return parameter.list().ofMaxSize(5).map((list) -> list.isEmpty() ? "" : "?" + String.join("&", list));
	}

	static Arbitrary<String> contentTypes() {
		return Arbitraries.of("application/json", "application/xml", "text/xml", "application/json; charset=UTF-16",
				"application/json; charset=nonsense", "application/xml; charset=ISO-8859-1", "*/*", "application/*",
				"text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
				"multipart/form-data", "application/problem+json", "application/json;;;", "garbage", "",
				"application/merge-patch+json").injectNull(0.1);
	}

	static Arbitrary<String> accepts() {
		return Arbitraries.of("application/json", "application/xml", "*/*", "text/html", "application/problem+xml",
				"application/json;q=0, application/xml;q=0", "garbage", "", "image/png", "application/*")
			.injectNull(0.2);
	}

	static Arbitrary<String> ifMatches() {
		return Arbitraries.of("\"0\"", "*", "W/\"0\"", "garbage", "\"99999999999999999999\"", "\"", "").injectNull(0.6);
	}

	/** A request body: a model or value with odd field values, hostile JSON or XML, or random bytes. */
	static Arbitrary<byte[]> bodies() {
		Arbitrary<String> field = Arbitraries.oneOf(texts().map(HostileRequest::jsonString),
				Arbitraries.of("123", "1e999999", "-0", "123456789012345678901234567890", "true", "null", "[]", "{}",
						"[\"USER\"]", "{\"$ne\":null}", "\"USER\"", "\"GROUP\"", "\"\""));
		Arbitrary<String> json = Arbitraries.oneOf(
				field.flatMap((name) -> field.map((type) -> "{\"name\":" + name + ",\"type\":" + type + "}")),
				field.map((value) -> "{\"value\":" + value + "}"),
				Arbitraries.integers().between(1, 20_000).map((depth) -> "[".repeat(depth)),
				Arbitraries.integers().between(1, 20_000).map((depth) -> "{\"name\":".repeat(depth) + "1"),
				Arbitraries.of("{", "{\"name\":\"a\",", "{\"name\":\"a\",\"name\":\"b\",\"type\":\"USER\"}",
						"{\"name\":\"a\",\"type\":\"USER\"} trailing", "\uFEFF{\"name\":\"a\",\"type\":\"USER\"}", "",
						"null", "[]", "\"just a string\"", "{\"name\":\"a\",\"type\":\"USER\",\"id\":{\"a\":[1,2,3]}}"),
				Arbitraries.strings().ofMinLength(70_000).ofMaxLength(70_000).withChars('a')
					.map((long_) -> "{\"name\":\"" + long_ + "\",\"type\":\"USER\"}"));
		Arbitrary<String> xml = Arbitraries.oneOf(Arbitraries.of(XXE, LAUGHS, "<model>", "<model><name>a</name>",
				"<?xml version=\"1.0\" encoding=\"UTF-16\"?><model/>", "<model><name>a</name><type>ROBOT</type></model>",
				"<model><name><![CDATA[x]]></name><type>USER</type></model>", "<?xml-stylesheet href=\"x\"?><model/>",
				"<x:model xmlns:x=\"urn:x\"><x:name>a</x:name></x:model>", "<value><value>v</value></value>"),
				texts().map((text) -> "<model><name>" + text + "</name><type>USER</type></model>"),
				Arbitraries.integers().between(1, 20_000).map((depth) -> "<a>".repeat(depth)));
		Arbitrary<byte[]> invalidUtf8 = Arbitraries.of(new byte[] { '{', '"', 'n', 'a', 'm', 'e', '"', ':', '"',
				(byte) 0xC3, 0x28, '"', '}' }, new byte[] { (byte) 0xFF, (byte) 0xFE, 0, 0 },
				new byte[] { '<', 'm', '>', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '<', '/', 'm', '>' });
		return Arbitraries.oneOf(json.map(HostileValues::utf8), xml.map(HostileValues::utf8), invalidUtf8,
				Arbitraries.bytes().array(byte[].class).ofMaxSize(512)).injectNull(0.1);
	}

	/** Text with what breaks naive code: NUL, lone surrogates, control and bidi characters, quotes. */
	private static Arbitrary<String> texts() {
		return Arbitraries.strings()
			.withChars('\u0000', '\uD800', '\uDFFF', '\u202E', '\u0007', '"', '\\', '<', '&', '%', '\'', 'é', '€')
			.withCharRange('a', 'z')
			.ofMaxLength(40);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}

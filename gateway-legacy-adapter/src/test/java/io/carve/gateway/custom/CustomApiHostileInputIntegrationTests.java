package io.carve.gateway.custom;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.carve.gateway.GatewayApplication;
import io.carve.gateway.legacy.LegacyStandIn;
import io.carve.test.ApiClient;
import io.carve.test.HostileRequest;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

/**
 * Random and hostile requests against the migrated {@code /api/custom} routes of the running
 * gateway, model-service played by a WireMock that answers well: deep and broken JSON, XML with
 * entities, NUL bytes and lone surrogates, invalid UTF-8, odd Content-Types and Accepts, huge
 * and malformed ids and parameters. Each one must be answered, within seconds, with anything but
 * a 5xx: model-service answers well, so a 5xx could only be the gateway's own failure.
 */
class CustomApiHostileInputIntegrationTests {

	private static final Duration BOUND = Duration.ofSeconds(10);

	private static final String MODEL = "{\"id\":7,\"name\":\"seven\",\"type\":\"USER\",\"createdAt\":\"2026-11-26T08:00:00Z\","
			+ "\"updatedAt\":\"2026-11-26T08:00:00Z\",\"url\":\"/api/v1/models/7\"}";

	private static WireMockServer modelService;

	private static LegacyStandIn legacy;

	private static ConfigurableApplicationContext gateway;

	private static ApiClient client;

	@BeforeContainer
	static void startTheGateway() throws IOException {
		modelService = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
		modelService.start();
		modelService.stubFor(get(urlPathMatching("/api/v1/models/\\d+")).willReturn(json(200, MODEL)));
		modelService.stubFor(get(urlPathEqualTo("/api/v1/models"))
			.willReturn(json(200, "{\"items\":[" + MODEL + "],\"page\":0,\"size\":100,\"totalElements\":1,\"totalPages\":1}")));
		modelService.stubFor(post(urlPathEqualTo("/api/v1/models")).willReturn(json(201, MODEL)));
		legacy = LegacyStandIn.start(0);
		gateway = new SpringApplicationBuilder(GatewayApplication.class).run("--server.port=0", "--management.server.port=0",
				"--legacy.base-url=http://127.0.0.1:" + legacy.port(),
				"--spring.cloud.discovery.client.simple.instances.model-service[0].uri=" + modelService.baseUrl());
		client = new ApiClient("http://127.0.0.1:" + gateway.getEnvironment().getProperty("local.server.port"))
			.withHeaders("Authorization", "Bearer " + LegacyStandIn.TOKEN);
	}

	@AfterContainer
	static void stopTheGateway() {
		gateway.close();
		legacy.close();
		modelService.stop();
	}

	@Property(tries = 800)
	void neverAnswersA5xxNorHangs(@ForAll("requests") HostileRequest request) {
		Statistics.collect(request.sendExpectingNoServerError(client, BOUND).statusCode());
	}

	@Provide
	Arbitrary<HostileRequest> requests() {
		Arbitrary<String> ids = Arbitraries.oneOf(Arbitraries.longs().map(String::valueOf),
				Arbitraries.of("7", "0", "00007", "99999999999999999999999", "9223372036854775808", "-1", "%37",
						"7%00", "7/", "7;x", "%EF%BC%97", "%D9%A7"));
		Arbitrary<String> queries = Arbitraries.of("", "?page=-1", "?size=99999999999", "?name=%00", "?x=%FF",
				"?sort=id,desc&page=2147483648", "?a[]=1&a[]=2", "?" + "a=1&".repeat(500));
		Arbitrary<String> targets = Combinators.combine(Arbitraries.of("/api/custom", "/api/custom/{id}"), ids, queries)
			.as((path, id, query) -> path.replace("{id}", id) + query);
		return Combinators
			.combine(Arbitraries.of("GET", "GET", "POST", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"), targets,
					contentTypes(), accepts(), bodies())
			.as(HostileRequest::new);
	}

	private static Arbitrary<String> contentTypes() {
		return Arbitraries.of("application/json", "application/json; charset=UTF-16", "application/json; charset=bogus",
				"application/xml", "text/xml", "*/*", "application/*", "text/plain", "application/x-www-form-urlencoded",
				"multipart/form-data", "multipart/form-data; boundary=x", "application/json;;", "garbage", "")
			.injectNull(0.1);
	}

	private static Arbitrary<String> accepts() {
		return Arbitraries.of("application/json", "application/xml", "text/xml", "*/*", "text/html", "garbage", "",
				"application/xml;q=0", "image/png").injectNull(0.2);
	}

	/** A body with a hostile name, a hostile document in JSON or XML, or random bytes. */
	private static Arbitrary<byte[]> bodies() {
		Arbitrary<String> text = Arbitraries.strings()
			.withChars('\u0000', '\uD800', '\uDC00', '\u202E', '"', '\\', '<', '&', 'é')
			.withCharRange('a', 'z')
			.ofMaxLength(30);
		Arbitrary<String> name = Arbitraries.oneOf(text.map(HostileRequest::jsonString),
				Arbitraries.of("1e999999", "123456789012345678901234567890", "true", "null", "[]", "{}", "\"\"",
						"\"" + "n".repeat(300) + "\""));
		Arbitrary<String> documents = Arbitraries.oneOf(name.map((value) -> "{\"name\":" + value + "}"),
				name.map((value) -> "{\"name\":\"a\",\"id\":" + value + ",\"url\":" + value + "}"),
				Arbitraries.integers().between(1, 20_000).map((depth) -> "{\"name\":".repeat(depth)),
				Arbitraries.integers().between(1, 20_000).map((depth) -> "[".repeat(depth)),
				Arbitraries.of("{", "", "null", "{\"name\":\"a\"} {}", "{\"name\":\"a\",\"name\":\"b\"}",
						"\uFEFF{\"name\":\"a\"}", "{\"nam\u0000e\":\"a\"}",
						"<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><root><name>&x;</name></root>",
						"<root><name type=\"str\">a</name></root>", "<a>".repeat(5000)),
				text.map((value) -> "<root><name>" + value + "</name></root>"));
		return Arbitraries.oneOf(documents.map((document) -> document.getBytes(StandardCharsets.UTF_8)),
				Arbitraries.of(new byte[] { '{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, 0x28, '"', '}' },
						new byte[] { (byte) 0xFF, (byte) 0xFE, '{', 0 }),
				Arbitraries.bytes().array(byte[].class).ofMaxSize(256)).injectNull(0.1);
	}

	private static ResponseDefinitionBuilder json(int status, String body) {
		return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
	}

}

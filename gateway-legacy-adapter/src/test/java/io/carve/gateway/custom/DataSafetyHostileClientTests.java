package io.carve.gateway.custom;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.carve.gateway.GatewayApplication;
import io.carve.gateway.legacy.LegacyStandIn;
import io.carve.test.ApiClient;
import io.carve.test.HostileClientReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's part of data safety, from outside: a name model-service stored before control
 * characters were refused still makes well-formed legacy XML, and each create the gateway passes
 * on carries an Idempotency-Key, so that model-service stores it once however often it arrives.
 * model-service is played by a WireMock answering such a name.
 */
@ExtendWith(HostileClientReport.class)
class DataSafetyHostileClientTests {

	/** As model-service's JSON carries a name stored before the rule: escaped, so JSON is valid. */
	private static final String MODEL = "{\"id\":7,\"name\":\"ctl\\u0001\\u001b[31mred\\uffff\",\"type\":\"USER\","
			+ "\"createdAt\":\"2026-11-26T08:00:00Z\",\"updatedAt\":\"2026-11-26T08:00:00Z\",\"url\":\"/api/v1/models/7\"}";

	private static WireMockServer modelService;

	private static LegacyStandIn legacy;

	private static ConfigurableApplicationContext gateway;

	private static ApiClient client;

	@BeforeAll
	static void startTheGateway() throws IOException {
		modelService = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
		modelService.start();
		modelService.stubFor(get(urlPathMatching("/api/v1/models/\\d+")).willReturn(json(200, MODEL)));
		modelService.stubFor(get(urlPathEqualTo("/api/v1/models")).willReturn(
				json(200, "{\"items\":[" + MODEL + "],\"page\":0,\"size\":100,\"totalElements\":1,\"totalPages\":1}")));
		modelService.stubFor(post(urlPathEqualTo("/api/v1/models")).willReturn(json(201, MODEL)));
		legacy = LegacyStandIn.start(0);
		gateway = new SpringApplicationBuilder(GatewayApplication.class).run("--server.port=0",
				"--legacy.base-url=http://127.0.0.1:" + legacy.port(),
				"--spring.cloud.discovery.client.simple.instances.model-service[0].uri=" + modelService.baseUrl());
		client = new ApiClient("http://127.0.0.1:" + gateway.getEnvironment().getProperty("local.server.port"))
			.withHeaders("Authorization", "Bearer " + LegacyStandIn.TOKEN);
	}

	@AfterAll
	static void stopTheGateway() {
		gateway.close();
		legacy.close();
		modelService.stop();
	}

	@Test
	void answersWellFormedLegacyXmlForAListHoldingABadStoredName() throws Exception {
		HttpResponse<String> list = client.get("/api/custom", "application/xml");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(parse(list).getElementsByTagName("name").item(0).getTextContent())
			.isEqualTo("ctl\uFFFD\uFFFD[31mred\uFFFD");
	}

	@Test
	void answersWellFormedLegacyXmlForAnItemWithABadStoredName() throws Exception {
		HttpResponse<String> item = client.get("/api/custom/7", "application/xml");
		assertThat(item.statusCode()).isEqualTo(200);
		assertThat(parse(item).getDocumentElement().getNodeName()).isEqualTo("root");
	}

	@Test
	void passesEveryCreateOnWithAFreshIdempotencyKey() {
		assertThat(client.postJson("/api/custom", "{\"name\":\"once\"}").statusCode()).isEqualTo(201);
		assertThat(client.postJson("/api/custom", "{\"name\":\"twice\"}").statusCode()).isEqualTo(201);
		var creates = modelService.findAll(postRequestedFor(urlPathEqualTo("/api/v1/models")).withHeader(
				"Idempotency-Key", matching("\"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\"")));
		assertThat(creates).hasSizeGreaterThanOrEqualTo(2);
		assertThat(creates.stream().map((request) -> request.getHeader("Idempotency-Key")).distinct())
			.hasSameSizeAs(creates);
	}

	private static Document parse(HttpResponse<String> answer) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(answer.body().getBytes(StandardCharsets.UTF_8)));
	}

	private static ResponseDefinitionBuilder json(int status, String body) {
		return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
	}

}

package io.carve.model.system;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import io.carve.model.ModelServiceApplication;
import io.carve.model.ServiceIntegrationTest;
import io.carve.test.ApiClient;
import io.carve.test.HostileClientReport;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Data safety, tried as an attacker would over real HTTP: text that would break XML, the log or a
 * terminal; a row stored before the rules; the embedded database's door; a create sent twice.
 */
@ExtendWith({ HostileClientReport.class, OutputCaptureExtension.class })
class DataSafetyHostileClientTests extends ServiceIntegrationTest {

	private static final String MODELS = "/api/v1/models";

	private static final String FORGED_LINE = "2026-01-01T00:00:00.000Z  INFO 1 --- [main] io.carve.Audit : admin logged in";

	@Test
	void refusesControlCharactersInANameSentAsJson() {
		HttpResponse<String> answer = this.api.postJson(MODELS,
				"{\"name\":\"ctl\\u0001\\u001b[31mred\",\"type\":\"USER\"}");
		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(ApiClient.json(answer).get("errors").get(0).get("field").asString()).isEqualTo("name");
		assertThat(ApiClient.json(answer).get("errors").get(0).get("message").asString())
			.contains("the control character U+0001 (character 4)");
	}

	@Test
	void refusesControlCharactersInAValueSentAsJson() {
		long model = createModel(uniqueName("ctl-value"), "USER");
		HttpResponse<String> answer = this.api.postJson(MODELS + "/" + model + "/values", "{\"value\":\"\\u001b[2J\"}");
		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.body()).contains("U+001B");
	}

	@Test
	void refusesControlCharactersInANameSentAsXml() {
		HttpResponse<String> escaped = this.api.postXml(MODELS,
				"<model><name>c1&#x9b;31m</name><type>USER</type></model>");
		assertThat(escaped.statusCode()).isEqualTo(400);
		assertThat(escaped.body()).startsWith("<").contains("U+009B");
		HttpResponse<String> raw = this.api.postXml(MODELS, "<model><name>raw\u001bname</name><type>USER</type></model>");
		assertThat(raw.statusCode()).isEqualTo(400);
	}

	@Test
	void refusesControlCharactersInAValueSentAsXml() {
		long model = createModel(uniqueName("ctl-xml-value"), "USER");
		HttpResponse<String> answer = this.api.postXml(MODELS + "/" + model + "/values", "<value><value>del&#x7f;</value></value>");
		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.body()).contains("U+007F");
	}

	@Test
	void answersWellFormedXmlForABadRowStoredBeforeTheRules() throws Exception {
		String prefix = uniqueName("imported");
		String name = prefix + "\u0001\u001b[31mred\uFFFF";
		long id = StoredRows.insertModel(name);

		HttpResponse<String> item = this.api.get(MODELS + "/" + id, "application/xml");
		assertThat(item.statusCode()).isEqualTo(200);
		assertThat(text(parse(item), "name")).isEqualTo(name.replace('\u0001', '\uFFFD').replace('\u001b', '\uFFFD')
			.replace('\uFFFF', '\uFFFD'));
		String query = "?name=" + URLEncoder.encode(prefix, StandardCharsets.UTF_8);
		HttpResponse<String> list = this.api.get(MODELS + query, "application/xml");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(parse(list).getElementsByTagName("name").getLength()).isEqualTo(1);

		// JSON can carry it, escaped, so it answers the name as stored.
		assertThat(ApiClient.json(this.api.get(MODELS + "/" + id, "application/json")).get("name").asString())
			.isEqualTo(name);
	}

	@Test
	void cannotForgeALogLineWithANewlineInAName(CapturedOutput output) {
		String name = uniqueName("forge") + "\n" + FORGED_LINE;
		String body = "{\"name\":\"" + name.replace("\n", "\\n") + "\",\"type\":\"USER\"}";
		assertThat(this.api.postJson(MODELS, body).statusCode()).isEqualTo(201);
		// The duplicate's problem is logged with its detail, which quotes the name.
		assertThat(this.api.postJson(MODELS, body).statusCode()).isEqualTo(409);
		assertThat(output.getOut()).contains("\\n" + FORGED_LINE);
		assertThat(output.getOut().lines()).noneMatch((line) -> line.startsWith(FORGED_LINE));
	}

	@Test
	void embeddedPostgresRefusesAPasswordlessLocalConnection(@TempDir Path data) {
		try (ConfigurableApplicationContext service = new SpringApplicationBuilder(ModelServiceApplication.class).run(
				"--server.port=0", "--carve.embedded-database.data-directory=" + data.resolve("postgres"))) {
			int port = service.getBean(EmbeddedPostgres.class).getPort();
			for (String user : new String[] { "postgres", "service" }) {
				assertThatExceptionOfType(SQLException.class).as(user)
					.isThrownBy(() -> DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres",
							user, ""))
					.withMessageContaining("password");
			}
			ApiClient own = new ApiClient("http://127.0.0.1:" + service.getEnvironment().getProperty("local.server.port"));
			assertThat(own.postJson(MODELS, "{\"name\":\"works\",\"type\":\"USER\"}").statusCode()).isEqualTo(201);
		}
	}

	@Test
	void repeatingACreateWithTheSameKeyStoresOneRow() {
		String name = uniqueName("once");
		String body = "{\"name\":\"" + name + "\",\"type\":\"GROUP\"}";
		String key = "\"" + UUID.randomUUID() + "\"";
		HttpResponse<String> first = this.api.postJson(MODELS, body, "Idempotency-Key", key);
		HttpResponse<String> repeat = this.api.postJson(MODELS, body, "Idempotency-Key", key);

		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(repeat.statusCode()).isEqualTo(201);
		assertThat(repeat.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
		assertThat(repeat.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
		assertThat(repeat.body()).isEqualTo(first.body());
		assertThat(StoredRows.countModelsNamed(name)).isEqualTo(1);
	}

	@Test
	void reusingAKeyForAnotherBodyIsRefusedWith422() {
		String key = UUID.randomUUID().toString();
		assertThat(this.api.postJson(MODELS, "{\"name\":\"" + uniqueName("first") + "\",\"type\":\"USER\"}",
				"Idempotency-Key", key).statusCode()).isEqualTo(201);
		String other = uniqueName("other");
		HttpResponse<String> reused = this.api.postJson(MODELS, "{\"name\":\"" + other + "\",\"type\":\"USER\"}",
				"Idempotency-Key", key);
		assertThat(reused.statusCode()).isEqualTo(422);
		assertThat(reused.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(ApiClient.json(reused).get("title").asString()).isEqualTo("Idempotency-Key reused");
		assertThat(StoredRows.countModelsNamed(other)).isZero();
	}

	private static Document parse(HttpResponse<String> answer) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(answer.body().getBytes(StandardCharsets.UTF_8)));
	}

	private static String text(Document document, String element) {
		return document.getElementsByTagName(element).item(0).getTextContent();
	}

}

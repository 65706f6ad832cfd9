package io.carve.model.models;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.carve.model.ServiceIntegrationTest;
import io.carve.test.ApiClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ModelApiIntegrationTests extends ServiceIntegrationTest {

	private static final String MODELS = "/api/v1/models";

	@Test
	void createsModelFromJsonWithLocationAndEtag() {
		String name = uniqueName("json");
		HttpResponse<String> response = this.api.postJson(MODELS, "{\"name\":\"" + name + "\",\"type\":\"GROUP\"}");

		assertThat(response.statusCode()).isEqualTo(201);
		JsonNode body = ApiClient.json(response);
		long id = body.get("id").asLong();
		assertThat(response.headers().firstValue("Location")).hasValue(MODELS + "/" + id);
		assertThat(response.headers().firstValue("ETag")).hasValue("\"0\"");
		assertThat(body.get("name").asString()).isEqualTo(name);
		assertThat(body.get("type").asString()).isEqualTo("GROUP");
		assertThat(body.get("url").asString()).isEqualTo(MODELS + "/" + id);

		HttpResponse<String> read = this.api.get(MODELS + "/" + id, "application/json");
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(read.headers().firstValue("ETag")).hasValue("\"0\"");
		assertThat(ApiClient.json(read).get("name").asString()).isEqualTo(name);
		assertThat(ApiClient.json(read).get("createdAt")).isEqualTo(body.get("createdAt"));
	}

	@Test
	void createsModelFromXmlAndAnswersXml() {
		String name = uniqueName("xml");
		HttpResponse<String> response = this.api.postXml(MODELS,
				"<model><name>" + name + "</name><type>USER</type></model>");

		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("application/xml"));
		assertThat(response.body()).startsWith("<model>").contains("<name>" + name + "</name>", "<type>USER</type>");
		String location = response.headers().firstValue("Location").orElseThrow();
		assertThat(this.api.get(location, "application/xml").body()).contains("<url>" + location + "</url>");
	}

	@Test
	void ignoresReadOnlyFieldsSentByTheClient() {
		String name = uniqueName("readonly");
		HttpResponse<String> response = this.api.postJson(MODELS, "{\"id\":987654,\"name\":\"" + name
				+ "\",\"type\":\"USER\",\"url\":\"/elsewhere\",\"createdAt\":\"2001-01-01T00:00:00Z\",\"updatedAt\":\"2001-01-01T00:00:00Z\"}");

		assertThat(response.statusCode()).isEqualTo(201);
		JsonNode body = ApiClient.json(response);
		assertThat(body.get("id").asLong()).isNotEqualTo(987654);
		assertThat(body.get("url").asString()).isEqualTo(MODELS + "/" + body.get("id").asLong());
		assertThat(body.get("createdAt").asString()).doesNotStartWith("2001");
	}

	@Test
	void rejectsUnknownFieldsInJsonAndXml() {
		HttpResponse<String> json = this.api.postJson(MODELS,
				"{\"name\":\"" + uniqueName("unknown") + "\",\"type\":\"USER\",\"colour\":\"red\"}");
		HttpResponse<String> xml = this.api.postXml(MODELS,
				"<model><name>" + uniqueName("unknown") + "</name><type>USER</type><colour>red</colour></model>");

		assertThat(json.statusCode()).isEqualTo(400);
		assertThat(ApiClient.json(json).get("errors").get(0).get("field").asString()).isEqualTo("colour");
		assertThat(xml.statusCode()).isEqualTo(400);
		assertThat(xml.headers().firstValue("Content-Type")).hasValue("application/problem+xml");
		assertThat(xml.body()).contains("<field>colour</field>");
	}

	@Test
	void rejectsDuplicateNameWith409() {
		String name = uniqueName("twice");
		createModel(name, "GROUP");

		HttpResponse<String> second = this.api.postJson(MODELS, "{\"name\":\"" + name + "\",\"type\":\"USER\"}");

		assertThat(second.statusCode()).isEqualTo(409);
		assertThat(ApiClient.json(second).get("detail").asString()).contains(name, "already exists");
	}

	@Test
	void rejectsNameLongerThan255CharactersAndAcceptsExactly255() {
		String base = uniqueName("long");
		String tooLong = base + "x".repeat(256 - base.length());
		String longest = base + "y".repeat(255 - base.length());

		HttpResponse<String> rejected = this.api.postJson(MODELS, "{\"name\":\"" + tooLong + "\",\"type\":\"USER\"}");
		HttpResponse<String> accepted = this.api.postJson(MODELS, "{\"name\":\"" + longest + "\",\"type\":\"USER\"}");

		assertThat(rejected.statusCode()).isEqualTo(400);
		JsonNode error = ApiClient.json(rejected).get("errors").get(0);
		assertThat(error.get("field").asString()).isEqualTo("name");
		assertThat(error.get("message").asString()).contains("255");
		assertThat(accepted.statusCode()).isEqualTo(201);
	}

	@Test
	void rejectsMissingNameAndTypeListingEachInFieldOrder() {
		HttpResponse<String> response = this.api.postJson(MODELS, "{\"name\":\"  \"}");

		assertThat(response.statusCode()).isEqualTo(400);
		List<String> fields = new ArrayList<>();
		ApiClient.json(response).get("errors").forEach((error) -> fields.add(error.get("field").asString()));
		assertThat(fields).containsExactly("name", "type");
	}

	@Test
	void rejectsUnknownTypeListingTheAllowedOnes() {
		HttpResponse<String> word = this.api.postJson(MODELS, "{\"name\":\"" + uniqueName("t") + "\",\"type\":\"ADMIN\"}");
		HttpResponse<String> number = this.api.postJson(MODELS, "{\"name\":\"" + uniqueName("t") + "\",\"type\":1}");

		assertThat(word.statusCode()).isEqualTo(400);
		assertThat(ApiClient.json(word).get("detail").asString()).contains("GROUP", "USER");
		assertThat(number.statusCode()).isEqualTo(400);
	}

	@Test
	void listsFilteredByTypeAndNameSortedAndPaged() {
		String prefix = uniqueName("list");
		createModel(prefix + "-a", "GROUP");
		createModel(prefix + "-b", "USER");
		createModel(prefix + "-c", "GROUP");
		createModel(prefix + "-d", "GROUP");

		HttpResponse<String> response = this.api.get(
				MODELS + "?type=GROUP&name=" + prefix.toUpperCase() + "&sort=name,desc&size=2&page=0", "application/json");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode page = ApiClient.json(response);
		assertThat(page.get("totalElements").asLong()).isEqualTo(3);
		assertThat(page.get("totalPages").asInt()).isEqualTo(2);
		assertThat(page.get("size").asInt()).isEqualTo(2);
		List<String> names = new ArrayList<>();
		page.get("items").forEach((item) -> names.add(item.get("name").asString()));
		assertThat(names).containsExactly(prefix + "-d", prefix + "-c");

		JsonNode second = ApiClient.json(this.api.get(
				MODELS + "?type=GROUP&name=" + prefix + "&sort=name&sort=desc&size=2&page=1", "application/json"));
		assertThat(second.get("items")).hasSize(1);
		assertThat(second.get("items").get(0).get("name").asString()).isEqualTo(prefix + "-a");
	}

	@Test
	void treatsNameFilterWildcardsLiterally() {
		String prefix = uniqueName("wild");
		createModel(prefix + "-100%", "USER");
		createModel(prefix + "-1000", "USER");

		JsonNode page = ApiClient.json(this.api.get(MODELS + "?name=" + prefix + "-100%25", "application/json"));

		assertThat(page.get("totalElements").asLong()).isEqualTo(1);
	}

	@Test
	void listsInXmlWithOneItemElementPerModel() {
		String prefix = uniqueName("xmllist");
		createModel(prefix + "-1", "USER");
		createModel(prefix + "-2", "USER");

		HttpResponse<String> response = this.api.get(MODELS + "?name=" + prefix, "application/xml");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).startsWith("<page><items><item>")
			.contains("<name>" + prefix + "-1</name>", "<name>" + prefix + "-2</name>",
					"<totalElements>2</totalElements>");
	}

	@Test
	void rejectsPageParametersOutOfRangeInsteadOfClampingThem() {
		HttpResponse<String> tooBig = this.api.get(MODELS + "?size=101", "application/json");
		HttpResponse<String> negative = this.api.get(MODELS + "?page=-1", "application/json");
		HttpResponse<String> badSort = this.api.get(MODELS + "?sort=password", "application/json");
		HttpResponse<String> badType = this.api.get(MODELS + "?type=ROBOT", "application/json");

		assertThat(tooBig.statusCode()).isEqualTo(400);
		assertThat(ApiClient.json(tooBig).get("errors").get(0).get("message").asString()).contains("100");
		assertThat(negative.statusCode()).isEqualTo(400);
		assertThat(badSort.statusCode()).isEqualTo(400);
		assertThat(ApiClient.json(badSort).get("errors").get(0).get("field").asString()).isEqualTo("sort");
		assertThat(badType.statusCode()).isEqualTo(400);
		assertThat(this.api.get(MODELS + "?size=100", "application/json").statusCode()).isEqualTo(200);
	}

	@Test
	void replacesWithMatchingIfMatchAndRefusesAStaleOneWith412() {
		String name = uniqueName("put");
		long id = createModel(name, "GROUP");
		String renamed = name + "-renamed";

		HttpResponse<String> updated = this.api.putJson(MODELS + "/" + id,
				"{\"name\":\"" + renamed + "\",\"type\":\"USER\"}", "If-Match", "\"0\"");
		HttpResponse<String> stale = this.api.putJson(MODELS + "/" + id,
				"{\"name\":\"" + name + "-lost\",\"type\":\"GROUP\"}", "If-Match", "\"0\"");

		assertThat(updated.statusCode()).isEqualTo(200);
		assertThat(updated.headers().firstValue("ETag")).hasValue("\"1\"");
		assertThat(ApiClient.json(updated).get("type").asString()).isEqualTo("USER");
		assertThat(stale.statusCode()).isEqualTo(412);
		assertThat(ApiClient.json(stale).get("detail").asString()).contains("\"1\"");
		assertThat(ApiClient.json(this.api.get(MODELS + "/" + id, "application/json")).get("name").asString())
			.isEqualTo(renamed);
	}

	@Test
	void replacesFromXml() {
		long id = createModel(uniqueName("putxml"), "GROUP");
		String renamed = uniqueName("putxml-renamed");

		HttpResponse<String> updated = this.api.putXml(MODELS + "/" + id,
				"<model><name>" + renamed + "</name><type>USER</type></model>");

		assertThat(updated.statusCode()).isEqualTo(200);
		assertThat(updated.body()).contains("<name>" + renamed + "</name>", "<type>USER</type>");
	}

	@Test
	void answers304WhenIfNoneMatchNamesTheCurrentVersion() {
		long id = createModel(uniqueName("cache"), "GROUP");

		HttpResponse<String> response = this.api.get(MODELS + "/" + id, "application/json", "If-None-Match", "\"0\"");

		assertThat(response.statusCode()).isEqualTo(304);
	}

	@Test
	void renamingToAnExistingNameIs409() {
		String taken = uniqueName("taken");
		createModel(taken, "GROUP");
		long id = createModel(uniqueName("other"), "GROUP");

		HttpResponse<String> response = this.api.putJson(MODELS + "/" + id,
				"{\"name\":\"" + taken + "\",\"type\":\"GROUP\"}");

		assertThat(response.statusCode()).isEqualTo(409);
	}

	@Test
	void deletesModelThenAnswers404() {
		long id = createModel(uniqueName("delete"), "USER");

		HttpResponse<String> stale = this.api.delete(MODELS + "/" + id, "If-Match", "\"7\"");
		HttpResponse<String> deleted = this.api.delete(MODELS + "/" + id);

		assertThat(stale.statusCode()).isEqualTo(412);
		assertThat(deleted.statusCode()).isEqualTo(204);
		assertThat(this.api.get(MODELS + "/" + id, "application/json").statusCode()).isEqualTo(404);
		assertThat(this.api.delete(MODELS + "/" + id).statusCode()).isEqualTo(404);
	}

	@Test
	void letsExactlyOneOfConcurrentUpdatesWithTheSameIfMatchSucceedRoundAfterRound() throws Exception {
		String name = uniqueName("race");
		long id = createModel(name, "GROUP");
		int writers = 12;
		ExecutorService pool = Executors.newFixedThreadPool(writers);
		try {
			for (int round = 0; round < 15; round++) {
				String ifMatch = "\"" + round + "\"";
				CountDownLatch start = new CountDownLatch(1);
				List<Future<HttpResponse<String>>> results = new ArrayList<>();
				for (int i = 0; i < writers; i++) {
					String body = "{\"name\":\"" + name + "-" + round + "-" + i + "\",\"type\":\"USER\"}";
					results.add(pool.submit(() -> {
						start.await();
						return this.api.putJson(MODELS + "/" + id, body, "If-Match", ifMatch);
					}));
				}
				start.countDown();
				List<HttpResponse<String>> answers = new ArrayList<>();
				for (Future<HttpResponse<String>> result : results) {
					answers.add(result.get());
				}
				List<HttpResponse<String>> won = answers.stream().filter((answer) -> answer.statusCode() == 200).toList();
				assertThat(won).as("round %d", round).hasSize(1);
				assertThat(answers).as("round %d", round)
					.filteredOn((answer) -> answer.statusCode() != 200)
					.allSatisfy((answer) -> {
						assertThat(answer.statusCode()).isEqualTo(412);
						assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
					});
				// The row is the winner's, and only one version further on.
				HttpResponse<String> read = this.api.get(MODELS + "/" + id, "application/json");
				assertThat(read.headers().firstValue("ETag")).hasValue("\"" + (round + 1) + "\"");
				assertThat(ApiClient.json(read).get("name").asString())
					.isEqualTo(ApiClient.json(won.get(0)).get("name").asString());
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

}

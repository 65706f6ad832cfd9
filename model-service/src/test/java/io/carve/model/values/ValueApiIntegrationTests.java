package io.carve.model.values;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import io.carve.model.ServiceIntegrationTest;
import io.carve.test.ApiClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ValueApiIntegrationTests extends ServiceIntegrationTest {

	private static String values(long modelId) {
		return "/api/v1/models/" + modelId + "/values";
	}

	private long addValue(long modelId, String value) {
		HttpResponse<String> response = this.api.postJson(values(modelId), "{\"value\":\"" + value + "\"}");
		assertThat(response.statusCode()).isEqualTo(201);
		return ApiClient.json(response).get("id").asLong();
	}

	@Test
	void addsValueFromJsonWithLocationAndRelativeUrl() {
		long modelId = createModel(uniqueName("values"), "GROUP");

		HttpResponse<String> response = this.api.postJson(values(modelId), "{\"value\":\"forty-two\",\"id\":5}");

		assertThat(response.statusCode()).isEqualTo(201);
		JsonNode body = ApiClient.json(response);
		long id = body.get("id").asLong();
		assertThat(response.headers().firstValue("Location")).hasValue(values(modelId) + "/" + id);
		assertThat(response.headers().firstValue("ETag")).hasValue("\"0\"");
		assertThat(body.get("modelId").asLong()).isEqualTo(modelId);
		assertThat(body.get("value").asString()).isEqualTo("forty-two");
		assertThat(body.get("url").asString()).isEqualTo(values(modelId) + "/" + id);
	}

	@Test
	void addsValueFromXmlAndReadsItBackInXml() {
		long modelId = createModel(uniqueName("xmlvalues"), "USER");

		HttpResponse<String> created = this.api.postXml(values(modelId),
				"<value><value>a &amp; b</value></value>");
		String location = created.headers().firstValue("Location").orElseThrow();
		HttpResponse<String> read = this.api.get(location, "application/xml");

		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(read.body()).startsWith("<value>").contains("<value>a &amp; b</value>", "<modelId>" + modelId + "</modelId>");
	}

	@Test
	void rejectsValueLongerThan1024CharactersAndAcceptsExactly1024() {
		long modelId = createModel(uniqueName("longvalue"), "USER");

		HttpResponse<String> rejected = this.api.postJson(values(modelId), "{\"value\":\"" + "v".repeat(1025) + "\"}");
		HttpResponse<String> accepted = this.api.postJson(values(modelId), "{\"value\":\"" + "v".repeat(1024) + "\"}");

		assertThat(rejected.statusCode()).isEqualTo(400);
		assertThat(ApiClient.json(rejected).get("errors").get(0).get("field").asString()).isEqualTo("value");
		assertThat(accepted.statusCode()).isEqualTo(201);
	}

	@Test
	void rejectsValueWithANulCharacter() {
		long modelId = createModel(uniqueName("nulvalue"), "USER");

		HttpResponse<String> response = this.api.postJson(values(modelId), "{\"value\":\"a\\u0000b\"}");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(ApiClient.json(response).get("errors").get(0).get("field").asString()).isEqualTo("value");
	}

	@Test
	void rejectsMissingValue() {
		long modelId = createModel(uniqueName("nullvalue"), "USER");

		HttpResponse<String> response = this.api.postJson(values(modelId), "{}");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(ApiClient.json(response).get("errors").get(0).get("field").asString()).isEqualTo("value");
	}

	@Test
	void answers404ForValuesOfAMissingModel() {
		HttpResponse<String> list = this.api.get(values(Long.MAX_VALUE), "application/json");
		HttpResponse<String> add = this.api.postJson(values(Long.MAX_VALUE), "{\"value\":\"orphan\"}");

		assertThat(list.statusCode()).isEqualTo(404);
		assertThat(add.statusCode()).isEqualTo(404);
		assertThat(ApiClient.json(add).get("title").asString()).isEqualTo("Model not found");
	}

	@Test
	void doesNotServeAValueUnderAnotherModel() {
		long owner = createModel(uniqueName("owner"), "USER");
		long other = createModel(uniqueName("other"), "USER");
		long valueId = addValue(owner, "mine");

		HttpResponse<String> response = this.api.get(values(other) + "/" + valueId, "application/json");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(ApiClient.json(response).get("title").asString()).isEqualTo("Value not found");
	}

	@Test
	void listsValuesOfOneModelPagedAndSorted() {
		long modelId = createModel(uniqueName("listvalues"), "GROUP");
		long otherId = createModel(uniqueName("listvalues-other"), "GROUP");
		addValue(modelId, "b");
		addValue(modelId, "a");
		addValue(modelId, "c");
		addValue(otherId, "z");

		JsonNode page = ApiClient.json(this.api.get(values(modelId) + "?sort=value&size=2", "application/json"));

		assertThat(page.get("totalElements").asLong()).isEqualTo(3);
		List<String> listed = new ArrayList<>();
		page.get("items").forEach((item) -> listed.add(item.get("value").asString()));
		assertThat(listed).containsExactly("a", "b");
		assertThat(this.api.get(values(modelId) + "?sort=model", "application/json").statusCode()).isEqualTo(400);
	}

	@Test
	void replacesValueWithIfMatchAndRefusesStaleTag() {
		long modelId = createModel(uniqueName("putvalue"), "GROUP");
		long valueId = addValue(modelId, "first");
		String path = values(modelId) + "/" + valueId;

		HttpResponse<String> updated = this.api.putJson(path, "{\"value\":\"second\"}", "If-Match", "\"0\"");
		HttpResponse<String> stale = this.api.putJson(path, "{\"value\":\"lost\"}", "If-Match", "\"0\"");

		assertThat(updated.statusCode()).isEqualTo(200);
		assertThat(updated.headers().firstValue("ETag")).hasValue("\"1\"");
		assertThat(stale.statusCode()).isEqualTo(412);
		assertThat(ApiClient.json(this.api.get(path, "application/json")).get("value").asString()).isEqualTo("second");
	}

	@Test
	void deletesAValue() {
		long modelId = createModel(uniqueName("deletevalue"), "GROUP");
		long valueId = addValue(modelId, "gone");
		String path = values(modelId) + "/" + valueId;

		HttpResponse<String> deleted = this.api.delete(path);

		assertThat(deleted.statusCode()).isEqualTo(204);
		assertThat(this.api.get(path, "application/json").statusCode()).isEqualTo(404);
	}

	@Test
	void deletingAModelDeletesItsValues() {
		long modelId = createModel(uniqueName("cascade"), "GROUP");
		long valueId = addValue(modelId, "goes with its model");

		HttpResponse<String> deleted = this.api.delete("/api/v1/models/" + modelId);

		assertThat(deleted.statusCode()).isEqualTo(204);
		assertThat(this.api.get(values(modelId) + "/" + valueId, "application/json").statusCode()).isEqualTo(404);
		assertThat(ValueRows.countFor(modelId)).isZero();
	}

}

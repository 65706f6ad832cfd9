package io.carve.starter.openapi;

import java.util.List;
import java.util.Set;

import io.carve.starter.limits.RequestLimitsAutoConfiguration;
import io.carve.starter.problems.FailureProblems;
import io.carve.starter.problems.ProblemsAutoConfiguration;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.junit.jupiter.api.Test;
import org.springdoc.core.configuration.SpringDocConfiguration;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springdoc.webmvc.core.configuration.SpringDocWebMvcConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The API description as the platform completes it ({@link ProblemAnswersCustomizer},
 * {@link OperationDefaultsCustomizer}), served by springdoc for two small controllers.
 */
class ApiDescriptionTests {

	private static final String PROBLEM = "#/components/schemas/Problem";

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class,
				HttpMessageConvertersAutoConfiguration.class, WebMvcAutoConfiguration.class,
				SpringDocConfiguration.class, SpringDocConfigProperties.class, SpringDocWebMvcConfiguration.class,
				ProblemsAutoConfiguration.class, RequestLimitsAutoConfiguration.class, OpenApiAutoConfiguration.class))
		.withUserConfiguration(NoteController.class, PlainController.class)
		.withBean(FailureProblems.class, () -> new LostDatabase());

	@Test
	void answersBadRequestWhereAnOperationTakesParametersOrABody() {
		this.runner.run((context) -> {
			JsonNode paths = describe(context).get("paths");
			assertThat(statuses(paths.get("/notes").get("get"))).contains("400");
			assertThat(statuses(paths.get("/plain").get("post"))).contains("400");
			assertThat(statuses(paths.get("/notes/count").get("get"))).doesNotContain("400");
		});
	}

	@Test
	void answersNotFoundOnlyWhereThePathHasVariables() {
		this.runner.run((context) -> {
			JsonNode paths = describe(context).get("paths");
			assertThat(statuses(paths.get("/notes/{id}").get("get"))).contains("404");
			assertThat(statuses(paths.get("/notes").get("get"))).doesNotContain("404");
			assertThat(statuses(paths.get("/notes").get("post"))).doesNotContain("404");
		});
	}

	@Test
	void answersUnsupportedMediaTypeAndTooLargeWhereThereIsABody() {
		this.runner.run((context) -> {
			JsonNode paths = describe(context).get("paths");
			assertThat(statuses(paths.get("/notes").get("post"))).contains("413", "415");
			assertThat(statuses(paths.get("/notes/{id}").get("get"))).doesNotContain("413", "415");
		});
	}

	@Test
	void leavesOutTooLargeWithoutTheBodyLimit() {
		this.runner.withPropertyValues("carve.limits.enabled=false")
			.run((context) -> assertThat(statuses(describe(context).get("paths").get("/notes").get("post")))
				.contains("415")
				.doesNotContain("413"));
	}

	@Test
	void answersPreconditionFailedAndConflictWhereIfMatchIsTaken() {
		this.runner.run((context) -> {
			JsonNode paths = describe(context).get("paths");
			assertThat(statuses(paths.get("/notes/{id}").get("put"))).contains("409", "412");
			assertThat(statuses(paths.get("/notes/{id}").get("get"))).doesNotContain("409", "412");
		});
	}

	@Test
	void addsTheProblemsAnOperationDeclares() {
		this.runner.run((context) -> assertThat(statuses(describe(context).get("paths").get("/notes").get("post")))
			.contains("409")
			.doesNotContain("412"));
	}

	@Test
	void answersTheServicesKnownFailuresOnEveryOperationWithRetryAfter() {
		this.runner.run((context) -> {
			JsonNode paths = describe(context).get("paths");
			JsonNode unavailable = paths.get("/notes/count").get("get").get("responses").get("503");
			assertThat(unavailable.get("headers").has(HttpHeaders.RETRY_AFTER)).isTrue();
			assertThat(statuses(paths.get("/plain").get("post"))).contains("503");
		});
	}

	@Test
	void describesEveryProblemAnswerAsAProblemInJsonAndXml() {
		this.runner.run((context) -> {
			JsonNode api = describe(context);
			JsonNode notFound = api.get("paths").get("/notes/{id}").get("get").get("responses").get("404");
			assertThat(notFound.get("description").asString()).startsWith("Not found");
			assertThat(notFound.get("content").propertyNames()).containsExactly("application/problem+json",
					"application/problem+xml");
			assertThat(notFound.get("content").get("application/problem+xml").get("schema").get("$ref").asString())
				.isEqualTo(PROBLEM);
			JsonNode problem = api.get("components").get("schemas").get("Problem");
			assertThat(problem.get("properties").propertyNames()).containsExactly("type", "title", "status", "detail",
					"instance", "service", "traceId", "errors", "upstream");
			assertThat(problem.get("properties").get("errors").get("items").get("properties").propertyNames())
				.containsExactly("field", "message");
			assertThat(problem.get("properties").get("upstream").get("$ref").asString()).isEqualTo(PROBLEM);
			assertThat(problem.get("xml").get("name").asString()).isEqualTo("problem");
			assertThat(problem.get("xml").get("namespace").asString()).isEqualTo("urn:ietf:rfc:7807");
		});
	}

	@Test
	void keepsAnAnswerTheServiceDescribedItselfAndGivesItTheProblemContent() {
		this.runner.run((context) -> {
			JsonNode replace = describe(context).get("paths").get("/notes/{id}").get("put");
			JsonNode notFound = replace.get("responses").get("404");
			assertThat(notFound.get("description").asString()).isEqualTo("No note has this id.");
			assertThat(notFound.get("content").propertyNames()).containsExactly("application/problem+json",
					"application/problem+xml");
		});
	}

	@Test
	void summarisesAnOperationByItsMethodNameOnlyWhereTheServiceWroteNone() {
		this.runner.run((context) -> {
			JsonNode paths = describe(context).get("paths");
			assertThat(paths.get("/notes/count").get("get").get("summary").asString()).isEqualTo("Count notes");
			assertThat(paths.get("/notes/{id}").get("get").get("summary").asString()).isEqualTo("Read one note");
		});
	}

	@Test
	void namesJsonAndXmlWhereTheMappingNamesNoMediaType() {
		this.runner.run((context) -> {
			JsonNode echo = describe(context).get("paths").get("/plain").get("post");
			assertThat(echo.get("requestBody").get("content").propertyNames()).containsExactly("application/json",
					"application/xml");
			assertThat(echo.get("responses").get("200").get("content").propertyNames())
				.containsExactly("application/json", "application/xml");
		});
	}

	@Test
	void keepsTheMediaTypesAMappingNames() {
		this.runner.run((context) -> {
			JsonNode replace = describe(context).get("paths").get("/notes/{id}").get("put");
			assertThat(replace.get("requestBody").get("content").propertyNames())
				.containsExactly("application/json");
		});
	}

	@Test
	void backsOffForTheServicesOwnCustomizers() {
		ProblemAnswersCustomizer problems = new ProblemAnswersCustomizer(Set.of(), false);
		OperationDefaultsCustomizer defaults = new OperationDefaultsCustomizer();
		this.runner.withBean(ProblemAnswersCustomizer.class, () -> problems)
			.withBean(OperationDefaultsCustomizer.class, () -> defaults)
			.run((context) -> {
				assertThat(context).getBean(ProblemAnswersCustomizer.class).isSameAs(problems);
				assertThat(context).getBean(OperationDefaultsCustomizer.class).isSameAs(defaults);
				assertThat(statuses(describe(context).get("paths").get("/notes/count").get("get")))
					.doesNotContain("503");
			});
	}

	@Test
	void isOffWhenTheDescriptionIsSwitchedOff() {
		this.runner.withPropertyValues("carve.openapi.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(ProblemAnswersCustomizer.class)
				.doesNotHaveBean(OperationDefaultsCustomizer.class));
	}

	private static JsonNode describe(AssertableWebApplicationContext context) throws Exception {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
		String body = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
		return JsonMapper.builder().build().readTree(body);
	}

	private static List<String> statuses(JsonNode operation) {
		return List.copyOf(operation.get("responses").propertyNames());
	}

	/** A service's database, as the data conventions describe its loss. */
	static class LostDatabase implements FailureProblems {

		@Override
		public org.springframework.http.ProblemDetail describe(Throwable failure, HttpHeaders headers) {
			return null;
		}

		@Override
		public Set<HttpStatus> answers() {
			return Set.of(HttpStatus.SERVICE_UNAVAILABLE);
		}

	}

	record Note(String text) {

	}

	@RestController
	@RequestMapping(path = "/notes", produces = MediaType.APPLICATION_JSON_VALUE)
	static class NoteController {

		@GetMapping
		List<Note> list(@RequestParam(defaultValue = "0") int page) {
			return List.of();
		}

		@GetMapping("/count")
		int countNotes() {
			return 0;
		}

		@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
		@ProblemAnswers(HttpStatus.CONFLICT)
		Note create(@RequestBody Note note) {
			return note;
		}

		@Operation(summary = "Read one note")
		@GetMapping("/{id}")
		Note read(@PathVariable long id) {
			return new Note("");
		}

		@ApiResponse(responseCode = "404", description = "No note has this id.")
		@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
		Note replace(@PathVariable long id, @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch,
				@RequestBody Note note) {
			return note;
		}

	}

	@RestController
	static class PlainController {

		@PostMapping("/plain")
		Note echo(@RequestBody Note note) {
			return note;
		}

	}

}

package org.tandem.curriculum;

import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tandem.organisations.Organisations;
import org.tandem.organisations.TestOrganisation;
import org.tandem.organisations.TestOrganisations;
import org.tandem.system.Role;
import org.tandem.testing.TandemTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The curriculum API: every organisation starts with the default catalogue, everyone who
 * helps run programmes reads it, only admins edit it, stale edits are refused, retired
 * steps stay readable, and nobody reaches another organisation's curriculum.
 */
@TandemTest
class CurriculumApiTest {

	static final String NEW_TOPIC = """
			{"code":"Grandchildren-Games","nameSv":"Spel med barnbarnen","nameEn":"Games with the grandchildren",
			 "descriptionSv":"Enkla spel att spela tillsammans.","descriptionEn":"Simple games to play together."}
			""";

	static final String NEW_STEP = """
			{"titleSv":"Spela Wordfeud med ett barnbarn","titleEn":"Play Wordfeud with a grandchild",
			 "competence":"2.1","level":2,"devices":["IPAD","IPHONE"]}
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	Organisations organisations;

	@Autowired
	Curriculum curriculum;

	@Autowired
	TestOrganisations testOrganisations;

	TestOrganisation skelleftea;

	TestOrganisation fjardabyggd;

	String admin;

	@BeforeEach
	void twoOrganisations() {
		this.skelleftea = this.testOrganisations.create("Skellefteå");
		this.fjardabyggd = this.testOrganisations.create("Fjarðabyggð");
		this.admin = this.skelleftea.bearer(Role.ADMIN);
	}

	<T> T in(TestOrganisation organisation, Supplier<T> work) {
		Object[] result = new Object[1];
		this.organisations.actFor(organisation.organisation(), () -> result[0] = work.get());
		@SuppressWarnings("unchecked")
		T typed = (T) result[0];
		return typed;
	}

	Topic swish(TestOrganisation organisation) {
		return in(organisation, () -> this.curriculum.topicByCode("swish").orElseThrow());
	}

	ResultActions send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			String bearer, String body) throws Exception {
		return this.mvc.perform(request.header("Authorization", bearer)
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	@Test
	void aNewOrganisationStartsWithTheDefaultCatalogue() throws Exception {
		this.mvc.perform(get("/api/v1/topics").header("Authorization", this.skelleftea.bearer(Role.COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(greaterThanOrEqualTo(15))))
			.andExpect(jsonPath("$[0].code").value("bankid"))
			.andExpect(jsonPath("$[0].name.sv").value("Mobilt BankID"))
			.andExpect(jsonPath("$[0].steps[0].competence").isString())
			.andExpect(jsonPath("$[0].steps[0].level").isNumber())
			.andExpect(
					jsonPath("$[?(@.code == 'swish')].steps[1].title.en").value("Send money to a contact with Swish"));
		int steps = in(this.skelleftea, () -> this.curriculum.topics()).stream()
			.mapToInt((topic) -> topic.steps().size())
			.sum();
		assertThat(steps).isGreaterThanOrEqualTo(60);
	}

	@Test
	void everyoneWhoHelpsRunProgrammesMayRead() throws Exception {
		Topic swish = swish(this.skelleftea);
		for (Role reader : new Role[] { Role.ADMIN, Role.COORDINATOR, Role.MENTOR, Role.VENUE_STAFF, Role.ANALYST }) {
			this.mvc
				.perform(get("/api/v1/topics/" + swish.id()).header("Authorization", this.skelleftea.bearer(reader)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.code").value("swish"));
		}
		this.mvc.perform(get("/api/v1/topics").header("Authorization", this.skelleftea.bearer(Role.SENIOR)))
			.andExpect(status().isForbidden());
	}

	@Test
	void anAdminAddsATopicAndAStep() throws Exception {
		String location = send(post("/api/v1/topics"), this.admin, NEW_TOPIC).andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/topics/")))
			.andExpect(jsonPath("$.code").value("grandchildren-games"))
			.andExpect(jsonPath("$.version").value(0))
			.andExpect(jsonPath("$.steps", hasSize(0)))
			.andReturn()
			.getResponse()
			.getHeader("Location");

		send(post(location + "/steps"), this.admin, NEW_STEP).andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/steps/")))
			.andExpect(jsonPath("$.position").value(1))
			.andExpect(jsonPath("$.competence").value("2.1"))
			.andExpect(jsonPath("$.devices", contains("IPHONE", "IPAD")))
			.andExpect(jsonPath("$.retired").value(false));

		this.mvc.perform(get(location).header("Authorization", this.skelleftea.bearer(Role.MENTOR)))
			.andExpect(jsonPath("$.name.en").value("Games with the grandchildren"))
			.andExpect(jsonPath("$.steps[0].title.sv").value("Spela Wordfeud med ett barnbarn"));
	}

	@Test
	void refusesATopicCodeThatIsTaken() throws Exception {
		send(post("/api/v1/topics"), this.admin, NEW_TOPIC.replace("Grandchildren-Games", "swish"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("code"))
			.andExpect(jsonPath("$.errors[0].rule").value("TopicCodeTaken"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("The code swish is already used by another topic. Choose another."));
		send(post("/api/v1/topics"), this.fjardabyggd.bearer(Role.ADMIN), NEW_TOPIC).andExpect(status().isCreated());
		send(post("/api/v1/topics"), this.admin, NEW_TOPIC).andExpect(status().isCreated());
	}

	@Test
	void onlyAnAdminMayEdit() throws Exception {
		Topic swish = swish(this.skelleftea);
		Step first = swish.steps().get(0);
		for (Role other : new Role[] { Role.COORDINATOR, Role.MENTOR, Role.VENUE_STAFF, Role.ANALYST, Role.SENIOR }) {
			String bearer = this.skelleftea.bearer(other);
			send(post("/api/v1/topics"), bearer, NEW_TOPIC).andExpect(status().isForbidden());
			send(put("/api/v1/topics/" + swish.id()), bearer, topicEdit(0, 1, "Swish"))
				.andExpect(status().isForbidden());
			send(post("/api/v1/topics/" + swish.id() + "/steps"), bearer, NEW_STEP).andExpect(status().isForbidden());
			send(put("/api/v1/steps/" + first.id()), bearer, stepEdit(0, 1, "Renamed"))
				.andExpect(status().isForbidden());
			send(post("/api/v1/steps/" + first.id() + "/retire"), bearer, "{\"version\":0}")
				.andExpect(status().isForbidden());
		}
		assertThat(swish(this.skelleftea)).isEqualTo(swish);
	}

	@Test
	void anotherOrganisationsTopicsAndStepsAreNotFound() throws Exception {
		Topic theirs = swish(this.fjardabyggd);
		Step theirStep = theirs.steps().get(0);

		this.mvc.perform(get("/api/v1/topics/" + theirs.id()).header("Authorization", this.admin))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(get("/api/v1/steps/" + theirStep.id()).header("Authorization", this.admin))
			.andExpect(status().isNotFound());
		send(put("/api/v1/topics/" + theirs.id()), this.admin, topicEdit(0, 1, "Hijacked"))
			.andExpect(status().isNotFound());
		send(post("/api/v1/topics/" + theirs.id() + "/steps"), this.admin, NEW_STEP).andExpect(status().isNotFound());
		send(put("/api/v1/steps/" + theirStep.id()), this.admin, stepEdit(0, 1, "Hijacked"))
			.andExpect(status().isNotFound());
		send(post("/api/v1/steps/" + theirStep.id() + "/retire"), this.admin, "{\"version\":0}")
			.andExpect(status().isNotFound());
		send(post("/api/v1/steps/" + theirStep.id() + "/reinstate"), this.admin, "{\"version\":0}")
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/topics").header("Authorization", this.admin))
			.andExpect(jsonPath("$[?(@.id == '" + theirs.id() + "')]").isEmpty());

		assertThat(swish(this.fjardabyggd)).isEqualTo(theirs);
	}

	@Test
	void refusesAStaleTopicEditWith409() throws Exception {
		Topic swish = swish(this.skelleftea);
		send(put("/api/v1/topics/" + swish.id()), this.admin, topicEdit(0, swish.position(), "Swish first edit"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1));
		send(put("/api/v1/topics/" + swish.id()), this.admin, topicEdit(0, swish.position(), "Old copy"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		assertThat(swish(this.skelleftea).name().en()).isEqualTo("Swish first edit");
	}

	@Test
	void refusesAStaleStepEditOrRetirementWith409() throws Exception {
		Step step = swish(this.skelleftea).steps().get(1);
		send(put("/api/v1/steps/" + step.id()), this.admin, stepEdit(0, step.position(), "Swish a friend"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.title.en").value("Swish a friend"));
		send(put("/api/v1/steps/" + step.id()), this.admin, stepEdit(0, step.position(), "Old copy"))
			.andExpect(status().isConflict());
		send(post("/api/v1/steps/" + step.id() + "/retire"), this.admin, "{\"version\":0}")
			.andExpect(status().isConflict());
		assertThat(in(this.skelleftea, () -> this.curriculum.step(step.id())).retired()).isFalse();
	}

	@Test
	void aRetiredStepStaysReadableButIsNoLongerOffered() throws Exception {
		Topic swish = swish(this.skelleftea);
		Step step = swish.steps().get(0);

		send(post("/api/v1/steps/" + step.id() + "/retire"), this.admin, "{\"version\":0}").andExpect(status().isOk())
			.andExpect(jsonPath("$.retired").value(true))
			.andExpect(jsonPath("$.version").value(1));

		this.mvc.perform(get("/api/v1/steps/" + step.id()).header("Authorization", this.skelleftea.bearer(Role.MENTOR)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.retired").value(true))
			.andExpect(jsonPath("$.title.en").value(step.title().en()));
		this.mvc.perform(get("/api/v1/topics/" + swish.id()).header("Authorization", this.admin))
			.andExpect(jsonPath("$.steps", hasSize(swish.steps().size())))
			.andExpect(jsonPath("$.steps[0].retired").value(true));
		Topic after = swish(this.skelleftea);
		assertThat(after.activeSteps()).hasSize(swish.steps().size() - 1).doesNotContain(step);

		send(post("/api/v1/steps/" + step.id() + "/reinstate"), this.admin, "{\"version\":1}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.retired").value(false));
	}

	@Test
	void movesAStepAndRenumbersTheOthers() throws Exception {
		Topic swish = swish(this.skelleftea);
		Step last = swish.steps().get(swish.steps().size() - 1);

		send(put("/api/v1/steps/" + last.id()), this.admin, stepEdit(last.version(), 1, "Moved first"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.position").value(1));

		Topic after = swish(this.skelleftea);
		assertThat(after.steps()).extracting(Step::position).containsExactly(1, 2, 3, 4, 5);
		assertThat(after.steps().get(0).id()).isEqualTo(last.id());
		assertThat(after.steps().get(1).id()).isEqualTo(swish.steps().get(0).id());
		assertThat(after.steps().get(1).version()).as("a shifted step has a new version").isEqualTo(1);
	}

	@Test
	void movesATopicToTheFrontOfTheCatalogue() throws Exception {
		Topic scams = in(this.skelleftea, () -> this.curriculum.topicByCode("scams").orElseThrow());

		send(put("/api/v1/topics/" + scams.id()), this.admin, topicEdit(0, 1, "Recognising scams"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.position").value(1));

		this.mvc.perform(get("/api/v1/topics").header("Authorization", this.admin))
			.andExpect(jsonPath("$[0].code").value("scams"))
			.andExpect(jsonPath("$[1].code").value("bankid"))
			.andExpect(jsonPath("$[1].position").value(2));
	}

	@Test
	void listsEveryInvalidFieldInEnglish() throws Exception {
		Topic swish = swish(this.skelleftea);
		send(post("/api/v1/topics"), this.admin, """
				{"code":"no spaces!","nameSv":"","nameEn":"x","descriptionSv":"y","descriptionEn":" "}
				""").andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Invalid request"))
			.andExpect(jsonPath("$.errors", hasSize(3)))
			.andExpect(jsonPath("$.errors[?(@.field == 'code')].rule").value("Pattern"))
			.andExpect(jsonPath("$.errors[?(@.field == 'nameSv')].message").value("Fill in this field."))
			.andExpect(jsonPath("$.errors[?(@.field == 'descriptionEn')].rule").value("NotBlank"));
		send(post("/api/v1/topics/" + swish.id() + "/steps"), this.admin, """
				{"titleSv":"Steg","titleEn":"Step","competence":"1.4","level":9}
				""").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasSize(2)))
			.andExpect(jsonPath("$.errors[?(@.field == 'competence')].rule").value("Pattern"))
			.andExpect(jsonPath("$.errors[?(@.field == 'level')].message").value("The largest allowed value is 8."));
		send(post("/api/v1/steps/" + swish.steps().get(0).id() + "/retire"), this.admin, "{}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
	}

	@Test
	void speaksSwedishToAClientThatAsks() throws Exception {
		Topic swish = swish(this.skelleftea);
		this.mvc
			.perform(put("/api/v1/topics/" + swish.id()).header("Authorization", this.admin)
				.header("Accept-Language", "sv-SE,sv;q=0.9")
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"version":0,"position":0,"nameSv":"Swish","nameEn":"","descriptionSv":"a","descriptionEn":"b"}
						"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Ogiltig begäran"))
			.andExpect(jsonPath("$.errors", hasSize(2)))
			.andExpect(jsonPath("$.errors[?(@.field == 'nameEn')].message").value("Fyll i det här fältet."))
			.andExpect(
					jsonPath("$.errors[?(@.field == 'position')].message").value("Det minsta tillåtna värdet är 1."));
		this.mvc
			.perform(get("/api/v1/steps/" + java.util.UUID.randomUUID()).header("Authorization", this.admin)
				.header("Accept-Language", "sv"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("Steget finns inte."));
	}

	@Test
	void listsTheDigCompCompetences() throws Exception {
		this.mvc
			.perform(get("/api/v1/digcomp/competences").header("Authorization", this.skelleftea.bearer(Role.ANALYST)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(21)))
			.andExpect(jsonPath("$[14].code").value("4.2"))
			.andExpect(jsonPath("$[14].name.en").value("Protecting personal data and privacy"))
			.andExpect(jsonPath("$[14].areaName.sv").value("Säkerhet"));
	}

	static String topicEdit(int version, int position, String nameEn) {
		return """
				{"version":%d,"position":%d,"nameSv":"Svenskt namn","nameEn":"%s",
				 "descriptionSv":"Beskrivning","descriptionEn":"Description"}
				""".formatted(version, position, nameEn);
	}

	static String stepEdit(int version, int position, String titleEn) {
		return """
				{"version":%d,"position":%d,"titleSv":"Svenskt steg","titleEn":"%s","competence":"2.3","level":3,
				 "devices":["ANDROID_PHONE"]}
				""".formatted(version, position, titleEn);
	}

}

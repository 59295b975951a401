package org.tandem.programmes;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tandem.organisations.TestOrganisation;
import org.tandem.organisations.TestOrganisations;
import org.tandem.system.Role;
import org.tandem.testing.TandemTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The programmes API: what a coordinator's script can do, who may read and write, the
 * problem details for bad input in English and Swedish, and stale edits.
 */
@TandemTest
class ProgrammesApiTest {

	static final String AUTUMN = """
			{"name":"%s","description":"BankID, Swish och videosamtal","termStart":"2026-08-20",
			 "termEnd":"2026-12-18","sessionMinutes":90}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestOrganisations testOrganisations;

	TestOrganisation umea;

	String coordinator;

	@BeforeEach
	void anOrganisation() {
		this.umea = this.testOrganisations.create("Umeå");
		this.coordinator = this.umea.bearer(Role.COORDINATOR);
	}

	ResultActions create(String bearer, String body) throws Exception {
		return this.mvc.perform(post("/api/v1/programmes").header("Authorization", bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	String createdId(String name) throws Exception {
		String location = create(this.coordinator, AUTUMN.formatted(name)).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		return location.substring(location.lastIndexOf('/') + 1);
	}

	@Test
	void aCoordinatorCreatesReadsAndListsAProgramme() throws Exception {
		create(this.coordinator, AUTUMN.formatted("Hösten 2026")).andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/programmes/")))
			.andExpect(jsonPath("$.id").isString())
			.andExpect(jsonPath("$.name").value("Hösten 2026"))
			.andExpect(jsonPath("$.termStart").value("2026-08-20"))
			.andExpect(jsonPath("$.termEnd").value("2026-12-18"))
			.andExpect(jsonPath("$.sessionMinutes").value(90))
			.andExpect(jsonPath("$.version").value(0));

		this.mvc.perform(get("/api/v1/programmes").header("Authorization", this.umea.bearer(Role.ANALYST)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].name").value("Hösten 2026"))
			.andExpect(jsonPath("$[0].description").value("BankID, Swish och videosamtal"));
	}

	@Test
	void everyoneWhoWorksWithProgrammesReadsThemButOnlyAdminsAndCoordinatorsWrite() throws Exception {
		String id = createdId("Hösten 2026");
		for (Role reader : new Role[] { Role.ADMIN, Role.COORDINATOR, Role.VENUE_STAFF, Role.ANALYST, Role.MENTOR }) {
			this.mvc.perform(get("/api/v1/programmes/" + id).header("Authorization", this.umea.bearer(reader)))
				.andExpect(status().isOk());
		}
		this.mvc.perform(get("/api/v1/programmes").header("Authorization", this.umea.bearer(Role.SENIOR)))
			.andExpect(status().isForbidden());
		create(this.umea.bearer(Role.MENTOR), AUTUMN.formatted("Mentorns program")).andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc
			.perform(put("/api/v1/programmes/" + id).header("Authorization", this.umea.bearer(Role.VENUE_STAFF))
				.contentType(MediaType.APPLICATION_JSON)
				.content(AUTUMN.formatted("Kapad").replace("{", "{\"version\":0,")))
			.andExpect(status().isForbidden());
		create(this.umea.bearer(Role.ADMIN), AUTUMN.formatted("Adminens program")).andExpect(status().isCreated());
	}

	@Test
	void editsAgainstTheVersionReadAndRefusesAStaleEditWith409() throws Exception {
		String id = createdId("Hösten 2026");
		String edit = """
				{"version":0,"name":"%s","termStart":"2026-08-20","termEnd":"2026-12-18","sessionMinutes":60}""";

		this.mvc
			.perform(put("/api/v1/programmes/" + id).header("Authorization", this.coordinator)
				.contentType(MediaType.APPLICATION_JSON)
				.content(edit.formatted("Hösten 2026, Skellefteå")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.description").doesNotExist());
		this.mvc
			.perform(put("/api/v1/programmes/" + id).header("Authorization", this.coordinator)
				.contentType(MediaType.APPLICATION_JSON)
				.content(edit.formatted("En gammal kopia")))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(get("/api/v1/programmes/" + id).header("Authorization", this.coordinator))
			.andExpect(jsonPath("$.name").value("Hösten 2026, Skellefteå"));
	}

	@Test
	void anEditMustNameTheVersion() throws Exception {
		String id = createdId("Hösten 2026");

		this.mvc
			.perform(put("/api/v1/programmes/" + id).header("Authorization", this.coordinator)
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content(AUTUMN.formatted("Utan version")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"))
			.andExpect(jsonPath("$.errors[0].rule").value("NotNull"));
	}

	@Test
	void listsEveryInvalidFieldWithItsRuleInEnglish() throws Exception {
		this.mvc
			.perform(post("/api/v1/programmes").header("Authorization", this.coordinator)
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name":" ","termStart":"2026-08-20","sessionMinutes":10}"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Invalid request"))
			.andExpect(jsonPath("$.errors", hasSize(3)))
			.andExpect(jsonPath("$.errors[?(@.field == 'name')].message").value("Fill in this field."))
			.andExpect(jsonPath("$.errors[?(@.field == 'termEnd')].rule").value("NotNull"))
			.andExpect(jsonPath("$.errors[?(@.field == 'sessionMinutes')].message")
				.value("The smallest allowed value is 15."));
	}

	@Test
	void explainsATermThatEndsBeforeItStartsInSwedish() throws Exception {
		this.mvc
			.perform(post("/api/v1/programmes").header("Authorization", this.coordinator)
				.header("Accept-Language", "sv")
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name":"Baklänges","termStart":"2026-12-18","termEnd":"2026-08-20","sessionMinutes":60}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.title").value("Inte tillåtet enligt reglerna"))
			.andExpect(jsonPath("$.errors[0].field").value("termEnd"))
			.andExpect(jsonPath("$.errors[0].rule").value("TermEndsBeforeStart"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("Sista dagen måste vara samma dag som den första eller senare."));
	}

	@Test
	void refusesASecondProgrammeWithTheSameNameInAnyCase() throws Exception {
		createdId("Hösten 2026");

		create(this.coordinator, AUTUMN.formatted("HÖSTEN 2026")).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("name"))
			.andExpect(jsonPath("$.errors[0].rule").value("ProgrammeNameTaken"));
	}

	@Test
	void anotherOrganisationsProgrammeIsNotFound() throws Exception {
		String theirs = createdId("Umeås hemliga program");
		TestOrganisation lulea = this.testOrganisations.create("Luleå");
		String luleaCoordinator = lulea.bearer(Role.COORDINATOR);

		this.mvc.perform(get("/api/v1/programmes/" + theirs).header("Authorization", luleaCoordinator))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(content().string(not(containsString("hemliga"))));
		this.mvc
			.perform(put("/api/v1/programmes/" + theirs).header("Authorization", luleaCoordinator)
				.contentType(MediaType.APPLICATION_JSON)
				.content(AUTUMN.formatted("Kapad").replace("{", "{\"version\":0,")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/programmes").header("Authorization", luleaCoordinator))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(0)));
		this.mvc.perform(get("/api/v1/programmes/" + theirs).header("Authorization", this.coordinator))
			.andExpect(jsonPath("$.name").value("Umeås hemliga program"));
		this.mvc.perform(get("/api/v1/programmes/" + UUID.randomUUID()).header("Authorization", this.coordinator))
			.andExpect(status().isNotFound());
	}

}

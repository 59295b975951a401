package org.tandem.matching;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.tandem.organisations.Organisations;
import org.tandem.organisations.TestOrganisation;
import org.tandem.organisations.TestOrganisations;
import org.tandem.people.People;
import org.tandem.people.PersonId;
import org.tandem.programmes.Programmes;
import org.tandem.system.Role;
import org.tandem.system.Tenancy;
import org.tandem.testing.TandemTest;
import org.tandem.venues.Venues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Matching's constraints through the JSON API: a "never pair" keeps a pair out of runs
 * and manual pairs, a required gender preference, and weights only an admin changes,
 * within the limits, in one organisation.
 */
@TandemTest
class ConstraintsApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestOrganisations testOrganisations;

	@Autowired
	Organisations organisations;

	@Autowired
	Programmes programmes;

	@Autowired
	Venues venues;

	@Autowired
	People people;

	@Autowired
	Pairs pairs;

	@Autowired
	Tenancy tenancy;

	TestOrganisation skelleftea;

	MatchableProgramme programme;

	String coordinator;

	@BeforeEach
	void aProgramme() {
		this.skelleftea = this.testOrganisations.create("Skellefteå");
		this.coordinator = this.skelleftea.bearer(Role.COORDINATOR);
		this.programme = MatchableProgramme.in(this.skelleftea, this.organisations, this.programmes, this.venues,
				this.people);
	}

	String pair(PersonId senior, PersonId mentor) {
		return "{\"seniorId\":\"%s\",\"mentorId\":\"%s\"}".formatted(senior, mentor);
	}

	@Test
	void neverPairKeepsAPairOutUntilItIsLifted() throws Exception {
		PersonId senior = this.programme.senior("Astrid", "sv");
		PersonId mentor = this.programme.mentor("Ali", 2, "sv");

		this.mvc
			.perform(post("/api/v1/never-pairs").header("Authorization", this.coordinator)
				.contentType(MediaType.APPLICATION_JSON)
				.content(pair(senior, mentor)))
			.andExpect(status().isCreated());
		this.mvc
			.perform(post("/api/v1/never-pairs").header("Authorization", this.coordinator)
				.contentType(MediaType.APPLICATION_JSON)
				.content(pair(senior, mentor)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/never-pairs").header("Authorization", this.coordinator))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].seniorId").value(senior.toString()));

		assertThat(this.tenancy.callAs(this.skelleftea.organisation().id(),
				() -> this.pairs.request(this.programme.programme)))
			.isNotNull();
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> this.tenancy.callAs(this.skelleftea.organisation().id(),
					() -> this.pairs.pairManually(this.programme.programme, new PairOfPeople(senior, mentor))))
			.isInstanceOf(PairRefused.class)
			.hasMessageContaining("NEVER_PAIR");

		this.mvc
			.perform(delete("/api/v1/never-pairs").param("seniorId", senior.toString())
				.param("mentorId", mentor.toString())
				.header("Authorization", this.coordinator))
			.andExpect(status().isNoContent());
		this.mvc
			.perform(delete("/api/v1/never-pairs").param("seniorId", senior.toString())
				.param("mentorId", mentor.toString())
				.header("Authorization", this.coordinator))
			.andExpect(status().isNotFound());
	}

	@Test
	void aNeverPairNamesTheOrganisationsOwnSeniorAndMentor() throws Exception {
		PersonId senior = this.programme.senior("Astrid", "sv");
		PersonId mentor = this.programme.mentor("Ali", 2, "sv");
		String lulea = this.testOrganisations.create("Luleå").bearer(Role.COORDINATOR);

		this.mvc
			.perform(post("/api/v1/never-pairs").header("Authorization", lulea)
				.contentType(MediaType.APPLICATION_JSON)
				.content(pair(senior, mentor)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/api/v1/never-pairs").header("Authorization", this.coordinator)
				.contentType(MediaType.APPLICATION_JSON)
				.content(pair(mentor, senior)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(put("/api/v1/seniors/" + senior + "/required-gender-preference").header("Authorization", lulea))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/never-pairs").header("Authorization", lulea))
			.andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void onlyAnAdminChangesWeightsAndOnlyWithinTheLimits() throws Exception {
		String path = "/api/v1/programmes/" + this.programme.programme + "/matching-weights";
		this.mvc.perform(get(path).header("Authorization", this.coordinator))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.criteria.FIRST_LANGUAGE").value(Criterion.FIRST_LANGUAGE.defaultWeight()))
			.andExpect(jsonPath("$.loadSpread").value(Weights.DEFAULT_LOAD_SPREAD));
		String body = "{\"criteria\":{\"FIRST_LANGUAGE\":80},\"loadSpread\":25}";

		this.mvc
			.perform(put(path).header("Authorization", this.coordinator)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(put(path).header("Authorization", this.skelleftea.bearer(Role.ADMIN))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.criteria.FIRST_LANGUAGE").value(80))
			.andExpect(jsonPath("$.criteria.TOPICS").value(Criterion.TOPICS.defaultWeight()))
			.andExpect(jsonPath("$.loadSpread").value(25));
		this.mvc
			.perform(put(path).header("Authorization", this.skelleftea.bearer(Role.ADMIN))
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"criteria\":{\"FIRST_LANGUAGE\":1001},\"loadSpread\":-1}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'loadSpread')].rule").value("Min"));
		this.mvc.perform(get(path).header("Authorization", this.coordinator))
			.andExpect(jsonPath("$.criteria.FIRST_LANGUAGE").value(80));
		this.mvc
			.perform(get("/api/v1/programmes/" + this.programme.programme + "/matching-weights").header("Authorization",
					this.testOrganisations.create("Luleå").bearer(Role.ADMIN)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aRequiredGenderPreferenceIsSetAndRelaxedForASenior() throws Exception {
		PersonId senior = this.programme.senior("Astrid", "sv");

		this.mvc
			.perform(put("/api/v1/seniors/" + senior + "/required-gender-preference").header("Authorization",
					this.coordinator))
			.andExpect(status().isNoContent());
		this.mvc
			.perform(delete("/api/v1/seniors/" + senior + "/required-gender-preference").header("Authorization",
					this.coordinator))
			.andExpect(status().isNoContent());
		this.mvc
			.perform(put("/api/v1/seniors/" + senior + "/required-gender-preference").header("Authorization",
					this.skelleftea.bearer(Role.MENTOR)))
			.andExpect(status().isForbidden());
	}

}

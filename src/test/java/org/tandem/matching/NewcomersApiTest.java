package org.tandem.matching;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
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

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One newcomer matched through the API: the best mentor with every approved pair kept,
 * the load a mentor already carries counted, reasons when nobody fits, and the rules on
 * who may ask.
 */
@TandemTest
class NewcomersApiTest {

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

	ResultActions propose(String token, PersonId senior) throws Exception {
		return this.mvc
			.perform(get("/api/v1/programmes/" + this.programme.programme + "/seniors/" + senior + "/mentor-proposal")
				.header("Authorization", token)
				.header("Accept-Language", "sv"));
	}

	void approve(PersonId senior, PersonId mentor) {
		this.tenancy.runAs(this.skelleftea.organisation().id(),
				() -> this.pairs.pairManually(this.programme.programme, new PairOfPeople(senior, mentor)));
	}

	@Test
	void proposesTheMentorWhoAddsMostCountingTheLoadTheyAlreadyCarry() throws Exception {
		PersonId astrid = this.programme.senior("Astrid", "ar", "sv");
		PersonId bengt = this.programme.senior("Bengt", "sv");
		PersonId ali = this.programme.mentor("Ali", 3, "ar", "sv");
		PersonId eva = this.programme.mentor("Eva", 1, "sv");

		propose(this.coordinator, astrid).andExpect(status().isOk())
			.andExpect(jsonPath("$.seniorId").value(astrid.toString()))
			.andExpect(jsonPath("$.best.mentorId").value(ali.toString()))
			.andExpect(jsonPath("$.best.loadPenalty").value(0))
			.andExpect(jsonPath("$.best.explanation[?(@.criterion == 'FIRST_LANGUAGE')].text")
				.value("båda talar arabiska"))
			.andExpect(jsonPath("$.alternatives", hasSize(1)))
			.andExpect(jsonPath("$.alternatives[0].mentorId").value(eva.toString()))
			.andExpect(jsonPath("$.reasons", empty()));

		approve(bengt, ali);

		propose(this.coordinator, astrid).andExpect(status().isOk())
			.andExpect(jsonPath("$.best.mentorId").value(ali.toString()))
			.andExpect(jsonPath("$.best.loadPenalty", greaterThan(0)));
		approve(astrid, eva);
		propose(this.coordinator, astrid).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("seniorId"))
			.andExpect(jsonPath("$.errors[0].rule").value("SENIOR_NOT_ALREADY_PAIRED"));
	}

	@Test
	void aSeniorNobodyCanHelpGetsTheReasonsInWords() throws Exception {
		PersonId faduma = this.programme.senior("Faduma", "so");
		this.programme.mentor("Ali", 2, "ar", "sv");

		propose(this.coordinator, faduma).andExpect(status().isOk())
			.andExpect(jsonPath("$.best").doesNotExist())
			.andExpect(jsonPath("$.alternatives", empty()))
			.andExpect(jsonPath("$.reasons[0].code").value("NO_MENTOR_SPEAKS_LANGUAGE"))
			.andExpect(jsonPath("$.reasons[0].text").value("ingen mentor talar somaliska"));
	}

	@Test
	void onlyActiveSeniorsOfTheProgrammeAndOnlyCoordinatorsOfTheOrganisation() throws Exception {
		PersonId astrid = this.programme.senior("Astrid", "sv");
		PersonId ali = this.programme.mentor("Ali", 2, "sv");
		String lulea = this.testOrganisations.create("Luleå").bearer(Role.COORDINATOR);

		propose(this.coordinator, ali).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].rule").value("BOTH_ACTIVE_IN_PROGRAMME"));
		propose(lulea, astrid).andExpect(status().isNotFound());
		propose(this.skelleftea.bearer(Role.MENTOR), astrid).andExpect(status().isForbidden());
		this.mvc
			.perform(get("/api/v1/programmes/" + this.programme.programme + "/seniors/" + astrid + "/mentor-proposal"))
			.andExpect(status().isUnauthorized());
	}

}

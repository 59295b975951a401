package org.tandem.matching;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tandem.organisations.Organisations;
import org.tandem.organisations.TestOrganisation;
import org.tandem.organisations.TestOrganisations;
import org.tandem.people.People;
import org.tandem.people.PersonId;
import org.tandem.people.PersonKind;
import org.tandem.people.PersonQuery;
import org.tandem.programmes.Programmes;
import org.tandem.system.Role;
import org.tandem.system.Tenancy;
import org.tandem.testing.TandemTest;
import org.tandem.venues.Venues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A coordinator's decisions on pairs through the JSON API: every pair is checked against
 * the hard rules and refused with the rule named, who decided is recorded, a rejection
 * needs a reason and keeps the pair out of later runs, and the registry learns who has a
 * partner.
 */
@TandemTest
class PairsApiTest {

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

	@Autowired
	Matching matching;

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

	ResultActions decide(String token, PersonId senior, PersonId mentor, String decision, String reason)
			throws Exception {
		return this.mvc
			.perform(post("/api/v1/programmes/" + this.programme.programme + "/pairs").header("Authorization", token)
				.header("Accept-Language", "sv")
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"seniorId":"%s","mentorId":"%s","decision":"%s","reason":%s}
						""".formatted(senior, mentor, decision, (reason != null) ? "\"" + reason + "\"" : "null")));
	}

	long waiting(PersonKind kind) {
		return this.tenancy.callAs(this.skelleftea.organisation().id(),
				() -> this.people.page(new PersonQuery(kind, "", null, null, null, null, null, false, 0, 10))
					.totalItems());
	}

	@Test
	void anApprovedPairRecordsWhoApprovedItAndBothHaveAPartner() throws Exception {
		PersonId senior = this.programme.senior("Astrid", "sv");
		PersonId mentor = this.programme.mentor("Ali", 2, "sv", "ar");

		decide(this.coordinator, senior, mentor, "APPROVE", null).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.manual").value(false))
			.andExpect(jsonPath("$.decidedBy").value(this.skelleftea.user(Role.COORDINATOR).id().toString()))
			.andExpect(jsonPath("$.decidedAt").isString());

		assertThat(waiting(PersonKind.SENIOR)).isZero();
		assertThat(waiting(PersonKind.MENTOR)).isZero();
		this.mvc
			.perform(get("/api/v1/programmes/" + this.programme.programme + "/pairs").header("Authorization",
					this.coordinator))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].seniorId").value(senior.toString()));
	}

	@Test
	void aManualPairThatBreaksAHardRuleIsRefusedWithTheRuleNamed() throws Exception {
		PersonId senior = this.programme.senior("Astrid", "sv");
		PersonId mentor = this.programme.mentor("Ali", 2, "ar");

		decide(this.coordinator, senior, mentor, "MANUAL", null).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("mentorId"))
			.andExpect(jsonPath("$.errors[0].rule").value("SHARED_LANGUAGE"))
			.andExpect(jsonPath("$.errors[0].message").value("De har inget gemensamt språk."));
		assertThat(
				this.tenancy.callAs(this.skelleftea.organisation().id(), () -> this.pairs.of(this.programme.programme)))
			.isEmpty();
		assertThat(waiting(PersonKind.SENIOR)).isEqualTo(1);
	}

	@Test
	void aMentorWithoutAFreePlaceIsRefusedAndASeniorIsPairedOnlyOnce() throws Exception {
		PersonId astrid = this.programme.senior("Astrid", "sv");
		PersonId bengt = this.programme.senior("Bengt", "sv");
		PersonId ali = this.programme.mentor("Ali", 1, "sv");
		PersonId eva = this.programme.mentor("Eva", 1, "sv");
		decide(this.coordinator, astrid, ali, "MANUAL", null).andExpect(status().isCreated());

		decide(this.coordinator, bengt, ali, "APPROVE", null).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].rule").value("MENTOR_CAPACITY"));
		decide(this.coordinator, astrid, eva, "PIN", null).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].rule").value("SENIOR_NOT_ALREADY_PAIRED"));
	}

	@Test
	void aRejectionNeedsAReasonAndKeepsThePairOutOfTheNextRun() throws Exception {
		PersonId senior = this.programme.senior("Astrid", "sv");
		PersonId mentor = this.programme.mentor("Ali", 2, "sv");

		decide(this.coordinator, senior, mentor, "REJECT", " ").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("reason"))
			.andExpect(jsonPath("$.errors[0].rule").value("ReasonRequired"));
		decide(this.coordinator, senior, mentor, "REJECT", "Känner varandra privat").andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("REJECTED"))
			.andExpect(jsonPath("$.reason").value("Känner varandra privat"));

		CandidateRequest next = this.tenancy.callAs(this.skelleftea.organisation().id(),
				() -> this.pairs.request(this.programme.programme));
		assertThat(next.rejected()).containsExactly(new PairOfPeople(senior, mentor));
		decide(this.coordinator, senior, mentor, "MANUAL", null).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].rule").value("REJECTED_BEFORE"));
	}

	@Test
	void aPinnedPairIsKeptThenApprovedAndAnEndedPairSendsBothBackToWaiting() throws Exception {
		PersonId senior = this.programme.senior("Astrid", "sv");
		PersonId mentor = this.programme.mentor("Ali", 2, "sv");
		String pinned = decide(this.coordinator, senior, mentor, "PIN", null).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("PINNED"))
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll("^\\{\"id\":\"([^\"]+)\".*$", "$1");
		assertThat(waiting(PersonKind.SENIOR)).isEqualTo(1);
		assertThat(this.tenancy
			.callAs(this.skelleftea.organisation().id(), () -> this.pairs.request(this.programme.programme))
			.kept()).containsExactly(new PairOfPeople(senior, mentor));

		this.mvc.perform(post("/api/v1/pairs/" + pinned + "/approve").header("Authorization", this.coordinator))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"));
		assertThat(waiting(PersonKind.SENIOR)).isZero();

		this.mvc
			.perform(post("/api/v1/pairs/" + pinned + "/end").header("Authorization", this.coordinator)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"Flyttade\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ENDED"))
			.andExpect(jsonPath("$.endedAt").isString());
		assertThat(waiting(PersonKind.SENIOR)).isEqualTo(1);
		assertThat(waiting(PersonKind.MENTOR)).isEqualTo(1);
		this.mvc.perform(post("/api/v1/pairs/" + pinned + "/end").header("Authorization", this.coordinator))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].rule").value("OnlyKeptEnds"));
	}

	@Test
	void aRunKeepsApprovedPairsAndNeverProposesARejectedOne() throws Exception {
		PersonId astrid = this.programme.senior("Astrid", "sv");
		PersonId bengt = this.programme.senior("Bengt", "sv");
		PersonId ali = this.programme.mentor("Ali", 2, "sv");
		decide(this.coordinator, astrid, ali, "APPROVE", null).andExpect(status().isCreated());
		decide(this.coordinator, bengt, ali, "REJECT", "Grannar").andExpect(status().isCreated());

		List<ProposedPair> proposed = this.tenancy.callAs(this.skelleftea.organisation().id(), () -> {
			MatchingRunId run = this.matching.start(this.programme.programme, MatchingMode.OPTIMAL);
			for (int wait = 0; wait < 200 && this.matching.run(run).status() == MatchingRunStatus.RUNNING; wait++) {
				sleep();
			}
			assertThat(this.matching.run(run).status()).isEqualTo(MatchingRunStatus.FINISHED);
			return this.matching.proposals(run);
		});

		assertThat(proposed).extracting(ProposedPair::senior, ProposedPair::mentor, ProposedPair::kept)
			.containsExactly(tuple(astrid, ali, true));
	}

	private static void sleep() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void whatIfAMentorTookOneMoreShowsHowManyMoreSeniorsWouldBeMatched() throws Exception {
		PersonId astrid = this.programme.senior("Astrid", "sv");
		this.programme.senior("Bengt", "sv");
		this.programme.senior("Cecilia", "sv");
		PersonId ali = this.programme.mentor("Ali", 1, "sv");
		decide(this.coordinator, astrid, ali, "APPROVE", null).andExpect(status().isCreated());
		String path = "/api/v1/programmes/" + this.programme.programme + "/what-if/capacity";

		this.mvc.perform(get(path).param("mentorId", ali.toString()).header("Authorization", this.coordinator))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.matchedCount.before").value(0))
			.andExpect(jsonPath("$.matchedCount.after").value(1))
			.andExpect(jsonPath("$.moreSeniorsMatched").value(1));
		this.mvc
			.perform(get(path).param("mentorId", ali.toString())
				.param("extraPlaces", "2")
				.param("mode", "stable")
				.header("Authorization", this.coordinator))
			.andExpect(jsonPath("$.moreSeniorsMatched").value(2))
			.andExpect(jsonPath("$.objective.after").isNumber());
		this.mvc
			.perform(get(path).param("mentorId", ali.toString())
				.param("extraPlaces", "0")
				.header("Authorization", this.coordinator)
				.header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("extraPlaces"))
			.andExpect(jsonPath("$.errors[0].rule").value("Min"));
		this.mvc.perform(get(path).param("mentorId", astrid.toString()).header("Authorization", this.coordinator))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get(path).param("mentorId", ali.toString())
				.header("Authorization", this.testOrganisations.create("Luleå").bearer(Role.COORDINATOR)))
			.andExpect(status().isNotFound());
	}

	@Test
	void anotherOrganisationNeitherSeesNorDecides() throws Exception {
		PersonId senior = this.programme.senior("Astrid", "sv");
		PersonId mentor = this.programme.mentor("Ali", 2, "sv");
		String pair = decide(this.coordinator, senior, mentor, "APPROVE", null).andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll("^\\{\"id\":\"([^\"]+)\".*$", "$1");
		String lulea = this.testOrganisations.create("Luleå").bearer(Role.COORDINATOR);

		this.mvc.perform(get("/api/v1/pairs/" + pair).header("Authorization", lulea)).andExpect(status().isNotFound());
		this.mvc.perform(post("/api/v1/pairs/" + pair + "/end").header("Authorization", lulea))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/api/v1/programmes/" + this.programme.programme + "/pairs").header("Authorization", lulea))
			.andExpect(status().isNotFound());
		decide(lulea, senior, mentor, "MANUAL", null).andExpect(status().isNotFound());
	}

	@Test
	void onlyCoordinatorsAndAdminsDecide() throws Exception {
		PersonId senior = this.programme.senior("Astrid", "sv");
		PersonId mentor = this.programme.mentor("Ali", 2, "sv");

		for (Role role : new Role[] { Role.MENTOR, Role.SENIOR, Role.VENUE_STAFF }) {
			decide(this.skelleftea.bearer(role), senior, mentor, "APPROVE", null).andExpect(status().isForbidden());
		}
		decide(this.skelleftea.bearer(Role.ADMIN), senior, mentor, "APPROVE", null).andExpect(status().isCreated());
		this.mvc.perform(get("/api/v1/pairs/" + UUID.randomUUID()).header("Authorization", this.coordinator))
			.andExpect(status().isNotFound());
	}

}

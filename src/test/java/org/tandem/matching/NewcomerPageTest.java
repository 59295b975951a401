package org.tandem.matching;

import java.util.List;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
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
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The newcomer page: a senior's record leads to it, it proposes the best mentor with
 * every approved pair kept and explains why, approves with one button, says when the
 * senior already has a mentor or nobody fits, and keeps organisations and roles apart.
 */
@TandemTest
class NewcomerPageTest {

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

	TestOrganisation kage;

	RequestPostProcessor coordinator;

	MatchableProgramme programme;

	@BeforeEach
	void aProgramme() {
		this.kage = this.testOrganisations.create("Kåge");
		this.coordinator = user(this.kage.principal(Role.COORDINATOR));
		this.programme = MatchableProgramme.in(this.kage, this.organisations, this.programmes, this.venues,
				this.people);
	}

	String page(PersonId senior) {
		return "/programmes/" + this.programme.programme + "/seniors/" + senior + "/mentor-proposal";
	}

	MockHttpServletRequestBuilder english(MockHttpServletRequestBuilder request) {
		return request.with(this.coordinator).cookie(new Cookie("tandem-language", "en"));
	}

	List<Pair> decided() {
		return this.tenancy.callAs(this.kage.organisation().id(), () -> this.pairs.of(this.programme.programme));
	}

	@Test
	void aSeniorsRecordLeadsToTheProposalWhichExplainsAndApproves() throws Exception {
		PersonId astrid = this.programme.senior("Astrid", "ar", "sv");
		PersonId ali = this.programme.mentor("Ali", 2, "ar", "sv");
		this.programme.mentor("Eva", 1, "sv");

		this.mvc.perform(english(get("/seniors/" + astrid)))
			.andExpect(content().string(containsString("href=\"" + page(astrid) + "\"")));
		this.mvc.perform(english(get(page(astrid))))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("<h1>A mentor for Astrid Lindqvist</h1>"), containsString("Best choice:"),
						containsString("both speak Arabic +"), containsString("Eva Lindqvist"))));

		this.mvc
			.perform(english(post(page(astrid))).with(csrf()).param("mentorId", ali.toString()).param("score", "90"))
			.andExpect(redirectedUrl("/programmes/" + this.programme.programme + "/matching#pairs"))
			.andExpect(flash().attribute("paired", true));

		assertThat(decided()).extracting(Pair::senior, Pair::mentor, Pair::status, Pair::manual, Pair::score)
			.containsExactly(tuple(astrid, ali, PairStatus.APPROVED, false, 90));
		this.mvc.perform(english(get(page(astrid))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("The senior already has an approved or pinned mentor."),
					not(containsString("Best choice:")))));
	}

	@Test
	void aPairThatBreaksARuleIsRefusedOnThePageAndNobodyFitsIsExplained() throws Exception {
		PersonId astrid = this.programme.senior("Astrid", "sv");
		PersonId bengt = this.programme.senior("Bengt", "sv");
		PersonId hodan = this.programme.senior("Hodan", "so");
		PersonId eva = this.programme.mentor("Eva", 1, "sv");
		this.tenancy.runAs(this.kage.organisation().id(),
				() -> this.pairs.pairManually(this.programme.programme, new PairOfPeople(bengt, eva)));

		this.mvc.perform(english(post(page(astrid))).with(csrf()).param("mentorId", eva.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("role=\"alert\"")));
		assertThat(decided()).hasSize(1);
		this.mvc.perform(english(get(page(hodan))))
			.andExpect(content().string(
					allOf(containsString("No mentor can be proposed now"), containsString("no mentor speaks Somali"))));
	}

	@Test
	void anotherOrganisationAndOtherRolesDoNotComeIn() throws Exception {
		PersonId astrid = this.programme.senior("Astrid", "sv");
		TestOrganisation lulea = this.testOrganisations.create("Luleå");

		this.mvc.perform(get(page(astrid)).with(user(lulea.principal(Role.COORDINATOR))))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(page(astrid)).with(user(this.kage.principal(Role.MENTOR))))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post(page(astrid)).with(user(this.kage.principal(Role.VENUE_STAFF)))
				.with(csrf())
				.param("mentorId", astrid.toString()))
			.andExpect(status().isForbidden());
	}

}

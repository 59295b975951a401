package org.tandem.organisations;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tandem.people.People;
import org.tandem.system.Role;
import org.tandem.system.Tenancy;
import org.tandem.testing.TandemTest;
import org.tandem.venues.Venues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The admin links an account on the user's page: the person is found by a search field
 * (htmx asks for the choices as it is typed in) among the organisation's own mentors or
 * seniors only, a refusal is shown next to the field in the admin's language, and the
 * link and a venue are removed again.
 */
@TandemTest
class AccountLinksPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Organisations organisations;

	@Autowired
	Users users;

	@Autowired
	People people;

	@Autowired
	Venues venues;

	@Autowired
	Tenancy tenancy;

	@Autowired
	TestOrganisations testOrganisations;

	TestOrganisation kiruna;

	TestOrganisation gallivare;

	Registered registered;

	RequestPostProcessor admin;

	@BeforeEach
	void twoOrganisations() {
		this.kiruna = this.testOrganisations.create("Kiruna");
		this.gallivare = this.testOrganisations.create("Gällivare");
		this.registered = new Registered(this.organisations, this.people, this.venues);
		this.admin = user(this.kiruna.principal(Role.ADMIN));
	}

	String userPage(Role role) {
		return "/admin/users/" + this.kiruna.user(role).id();
	}

	@Test
	void theSearchFindsOnlyTheOrganisationsOwnMentors() throws Exception {
		this.registered.mentor(this.kiruna, "Saga", "Lindberg");
		this.registered.senior(this.kiruna, "Sara", "Nilsson");
		this.registered.mentor(this.gallivare, "Sanna", "Persson");

		this.mvc
			.perform(get(userPage(Role.MENTOR) + "/person-choices").with(this.admin)
				.param("personSearch", "sa")
				.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Saga Lindberg")))
			.andExpect(content().string(not(containsString("Sara Nilsson"))))
			.andExpect(content().string(not(containsString("Sanna"))));
		this.mvc.perform(get(userPage(Role.MENTOR)).with(this.admin).param("personSearch", "saga"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Saga Lindberg")));
	}

	@Test
	void linksAMentorAndUnlinksItAgain() throws Exception {
		UUID saga = this.registered.mentor(this.kiruna, "Saga", "Lindberg");

		this.mvc
			.perform(post(userPage(Role.MENTOR) + "/person").with(this.admin)
				.with(csrf())
				.param("personId", saga.toString()))
			.andExpect(redirectedUrl(userPage(Role.MENTOR) + "#links"));
		this.mvc.perform(get(userPage(Role.MENTOR)).with(this.admin))
			.andExpect(content().string(containsString("Kontot tillhör mentorn Saga Lindberg.")));

		this.mvc.perform(post(userPage(Role.MENTOR) + "/person/unlink").with(this.admin).with(csrf()))
			.andExpect(redirectedUrl(userPage(Role.MENTOR) + "#links"));
		assertThat(this.tenancy.callAs(this.kiruna.organisation().id(),
				() -> this.users.find(this.kiruna.user(Role.MENTOR).id()).links().person()))
			.isNull();
	}

	@Test
	void aRefusalIsShownNextToTheField() throws Exception {
		UUID sara = this.registered.senior(this.kiruna, "Sara", "Nilsson");
		UUID theirs = this.registered.mentor(this.gallivare, "Sanna", "Persson");

		this.mvc
			.perform(post(userPage(Role.MENTOR) + "/person").with(this.admin)
				.with(csrf())
				.param("personId", sara.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"personId-error\"")))
			.andExpect(content().string(containsString("Sara Nilsson är senior, och kontot har inte rollen Senior.")));
		this.mvc
			.perform(post(userPage(Role.MENTOR) + "/person").with(this.admin)
				.with(csrf())
				.param("personId", theirs.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Det finns ingen sådan mentor eller senior i er organisation.")))
			.andExpect(content().string(not(containsString("Sanna"))));
		this.mvc.perform(post(userPage(Role.MENTOR) + "/person").with(this.admin).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Välj en mentor eller senior bland sökträffarna.")));
	}

	@Test
	void addsAndRemovesAVenueOfAVenueStaffAccount() throws Exception {
		UUID library = this.registered.venue(this.kiruna, "Kiruna stadsbibliotek");
		UUID theirs = this.registered.venue(this.gallivare, "Gällivare bibliotek");

		this.mvc
			.perform(get(userPage(Role.VENUE_STAFF) + "/venue-choices").with(this.admin)
				.param("venueSearch", "bibliotek"))
			.andExpect(content().string(containsString("Kiruna stadsbibliotek")))
			.andExpect(content().string(not(containsString("Gällivare"))));
		this.mvc
			.perform(post(userPage(Role.VENUE_STAFF) + "/venues").with(this.admin)
				.with(csrf())
				.param("venueId", library.toString()))
			.andExpect(redirectedUrl(userPage(Role.VENUE_STAFF) + "#links"));
		this.mvc
			.perform(post(userPage(Role.VENUE_STAFF) + "/venues").with(this.admin)
				.with(csrf())
				.param("venueId", theirs.toString()))
			.andExpect(content().string(containsString("Det finns ingen sådan mötesplats i er organisation.")));
		this.mvc.perform(get(userPage(Role.VENUE_STAFF)).with(this.admin))
			.andExpect(content().string(containsString("Kiruna stadsbibliotek")));

		this.mvc
			.perform(post(userPage(Role.VENUE_STAFF) + "/venues/" + library + "/unlink").with(this.admin).with(csrf()))
			.andExpect(redirectedUrl(userPage(Role.VENUE_STAFF) + "#links"));
		assertThat(this.tenancy.callAs(this.kiruna.organisation().id(),
				() -> this.users.find(this.kiruna.user(Role.VENUE_STAFF).id()).links().venues()))
			.isEmpty();
	}

	@Test
	void onlyAdminsOfTheOrganisationUseTheLinkPages() throws Exception {
		UUID saga = this.registered.mentor(this.kiruna, "Saga", "Lindberg");
		this.mvc
			.perform(post(userPage(Role.MENTOR) + "/person").with(user(this.kiruna.principal(Role.COORDINATOR)))
				.with(csrf())
				.param("personId", saga.toString()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(userPage(Role.MENTOR) + "/person-choices").with(user(this.kiruna.principal(Role.MENTOR))))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post(userPage(Role.MENTOR) + "/person").with(user(this.gallivare.principal(Role.ADMIN)))
				.with(csrf())
				.param("personId", saga.toString()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get(userPage(Role.MENTOR) + "/person-choices").with(user(this.gallivare.principal(Role.ADMIN))))
			.andExpect(status().isNotFound());
	}

}

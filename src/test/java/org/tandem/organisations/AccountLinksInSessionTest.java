package org.tandem.organisations;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.tandem.people.People;
import org.tandem.system.Role;
import org.tandem.testing.TandemTest;
import org.tandem.venues.Venues;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a signed-in user's open browser session makes of an admin's change to whom the
 * account stands for: the next request, page or API, sees the new link without signing in
 * again, and an unlinked mentor sees nobody's sessions at once. Taking the role away
 * still ends the session, now for the API as well as the pages.
 */
@TandemTest
class AccountLinksInSessionTest {

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
	TestOrganisations testOrganisations;

	TestOrganisation umea;

	Registered registered;

	@BeforeEach
	void anOrganisation() {
		this.umea = this.testOrganisations.create("Umeå");
		this.registered = new Registered(this.organisations, this.people, this.venues);
	}

	MockHttpSession signedIn(Role role) throws Exception {
		return (MockHttpSession) this.mvc
			.perform(formLogin().user(this.umea.user(role).username()).password(TestOrganisation.PASSWORD))
			.andExpect(authenticated())
			.andReturn()
			.getRequest()
			.getSession();
	}

	@Test
	void aLinkMadeOrRemovedWhileSignedInReachesTheNextRequest() throws Exception {
		UUID ali = this.registered.mentor(this.umea, "Ali", "Lindqvist");
		UserAccount mentor = this.umea.user(Role.MENTOR);
		MockHttpSession session = signedIn(Role.MENTOR);
		this.mvc.perform(get("/my/sessions").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"not-linked\"")));

		this.organisations.actFor(this.umea.organisation(), () -> this.users.linkPerson(mentor.id(), ali));

		this.mvc.perform(get("/my/sessions").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"not-linked\""))));
		this.mvc.perform(get("/api/v1/me").session(session)).andExpect(jsonPath("$.personId").value(ali.toString()));
		this.mvc.perform(get("/api/v1/me/sessions").session(session))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.personId").value(ali.toString()));

		this.organisations.actFor(this.umea.organisation(), () -> this.users.unlinkPerson(mentor.id()));

		this.mvc.perform(get("/api/v1/me/sessions").session(session)).andExpect(status().isNotFound());
		this.mvc.perform(get("/my/sessions").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"not-linked\"")));
	}

	@Test
	void venuesLinkedWhileSignedInReachTheNextRequest() throws Exception {
		UUID library = this.registered.venue(this.umea, "Stadsbiblioteket");
		MockHttpSession session = signedIn(Role.VENUE_STAFF);
		this.mvc.perform(get("/api/v1/me").session(session)).andExpect(jsonPath("$.venueIds.length()").value(0));

		this.organisations.actFor(this.umea.organisation(),
				() -> this.users.linkVenues(this.umea.user(Role.VENUE_STAFF).id(), Set.of(library)));

		this.mvc.perform(get("/api/v1/me").session(session))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.venueIds[0]").value(library.toString()));
	}

	@Test
	void takingTheMentorRoleAwayEndsTheSessionForPagesAndApi() throws Exception {
		UUID ali = this.registered.mentor(this.umea, "Ali", "Lindqvist");
		UserAccount mentor = this.umea.user(Role.MENTOR);
		this.organisations.actFor(this.umea.organisation(), () -> this.users.linkPerson(mentor.id(), ali));
		MockHttpSession pages = signedIn(Role.MENTOR);
		MockHttpSession api = signedIn(Role.MENTOR);

		this.organisations.actFor(this.umea.organisation(), () -> this.users.change(mentor.id(),
				new UserChanges(mentor.version(), mentor.displayName(), null, Set.of(Role.ANALYST), true)));

		this.mvc.perform(get("/my/sessions").session(pages)).andExpect(redirectedUrl("/login?signedOut"));
		this.mvc.perform(get("/api/v1/me/sessions").session(api))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.status").value(401));
		this.mvc.perform(get("/api/v1/me").session(api)).andExpect(status().isUnauthorized());
	}

}

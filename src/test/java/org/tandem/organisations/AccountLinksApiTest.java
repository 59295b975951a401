package org.tandem.organisations;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tandem.people.People;
import org.tandem.system.Role;
import org.tandem.system.Tenancy;
import org.tandem.testing.TandemTest;
import org.tandem.venues.Venues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An admin links accounts to the people and venues they stand for through the users API:
 * a MENTOR account to a mentor, a SENIOR account to a senior, one account per person, a
 * VENUE_STAFF account to its venues; every refusal names its field and rule, and another
 * organisation's person or venue is answered exactly as one that does not exist.
 */
@TandemTest
class AccountLinksApiTest {

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

	@Autowired
	Tenancy tenancy;

	TestOrganisation umea;

	TestOrganisation lulea;

	Registered registered;

	String admin;

	@BeforeEach
	void twoOrganisations() {
		this.umea = this.testOrganisations.create("Umeå");
		this.lulea = this.testOrganisations.create("Luleå");
		this.registered = new Registered(this.organisations, this.people, this.venues);
		this.admin = this.umea.bearer(Role.ADMIN);
	}

	ResultActions linkPerson(Role account, Object personId) throws Exception {
		return this.mvc.perform(
				put("/api/v1/users/" + this.umea.user(account).id() + "/person").header("Authorization", this.admin)
					.header("Accept-Language", "en")
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"personId\":\"" + personId + "\"}"));
	}

	ResultActions linkVenues(Role account, UUID... venueIds) throws Exception {
		StringBuilder ids = new StringBuilder();
		for (UUID id : venueIds) {
			ids.append(ids.isEmpty() ? "" : ",").append('"').append(id).append('"');
		}
		return this.mvc.perform(
				put("/api/v1/users/" + this.umea.user(account).id() + "/venues").header("Authorization", this.admin)
					.header("Accept-Language", "en")
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"venueIds\":[" + ids + "]}"));
	}

	@Test
	void linksAMentorAccountToItsMentorWhoThenKnowsWhoTheyAre() throws Exception {
		UUID ali = this.registered.mentor(this.umea, "Ali", "Lindqvist");

		linkPerson(Role.MENTOR, ali).andExpect(status().isOk())
			.andExpect(jsonPath("$.personId").value(ali.toString()))
			.andExpect(jsonPath("$.personRole").value("MENTOR"));

		this.mvc.perform(get("/api/v1/users/" + this.umea.user(Role.MENTOR).id()).header("Authorization", this.admin))
			.andExpect(jsonPath("$.personId").value(ali.toString()));
		this.mvc.perform(get("/api/v1/me").header("Authorization", this.umea.bearer(Role.MENTOR)))
			.andExpect(jsonPath("$.personId").value(ali.toString()));
	}

	@Test
	void linksASeniorAccountToItsSenior() throws Exception {
		UUID astrid = this.registered.senior(this.umea, "Astrid", "Berg");

		linkPerson(Role.SENIOR, astrid).andExpect(status().isOk()).andExpect(jsonPath("$.personRole").value("SENIOR"));
	}

	@Test
	void refusesAPersonOfAnotherKindThanTheAccountsRole() throws Exception {
		UUID astrid = this.registered.senior(this.umea, "Astrid", "Berg");
		UUID ali = this.registered.mentor(this.umea, "Ali", "Lindqvist");

		linkPerson(Role.MENTOR, astrid).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("personId"))
			.andExpect(jsonPath("$.errors[0].rule").value("PersonKindNotRole"))
			.andExpect(jsonPath("$.errors[0].message").value(
					"Astrid Berg is a senior, and this account does not have the Senior role. Link a senior to a Senior account."));
		linkPerson(Role.COORDINATOR, ali).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].rule").value("PersonKindNotRole"));
		this.mvc
			.perform(put("/api/v1/users/" + this.umea.user(Role.SENIOR).id() + "/person")
				.header("Authorization", this.admin)
				.header("Accept-Language", "sv")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"personId\":\"" + ali + "\"}"))
			.andExpect(jsonPath("$.errors[0].message").value(
					"Ali Lindqvist är mentor, och kontot har inte rollen Mentor. Koppla en mentor till ett konto med rollen Mentor."));
		assertThat(this.tenancy.callAs(this.umea.organisation().id(),
				() -> this.users.find(this.umea.user(Role.MENTOR).id()).links()))
			.isEqualTo(AccountLinks.NONE);
	}

	@Test
	void refusesAPersonWhoAlreadyHasAnAccount() throws Exception {
		UUID ali = this.registered.mentor(this.umea, "Ali", "Lindqvist");
		UserAccount second = this.tenancy.callAs(this.umea.organisation().id(), () -> this.users.registerWithPassword(
				new NewUser(new Username(AccountLinksApiTest.unique("ali")), "Ali again", null, Set.of(Role.MENTOR)),
				TestOrganisation.PASSWORD));
		linkPerson(Role.MENTOR, ali).andExpect(status().isOk());
		linkPerson(Role.MENTOR, ali).andExpect(status().isOk());

		this.mvc
			.perform(put("/api/v1/users/" + second.id() + "/person").header("Authorization", this.admin)
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"personId\":\"" + ali + "\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("personId"))
			.andExpect(jsonPath("$.errors[0].rule").value("PersonHasAccount"))
			.andExpect(jsonPath("$.errors[0].message").value("Ali Lindqvist already has an account (MENTOR of Umeå). "
					+ "A person has one account: remove that link first."));
	}

	@Test
	void answersAnotherOrganisationsPersonExactlyAsOneThatDoesNotExist() throws Exception {
		UUID theirs = this.registered.mentor(this.lulea, "Aino", "Niemi");

		String another = linkPerson(Role.MENTOR, theirs).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("personId"))
			.andExpect(jsonPath("$.errors[0].rule").value("UnknownPerson"))
			.andExpect(jsonPath("$.errors[0].message").value("There is no such mentor or senior in your organisation."))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String none = linkPerson(Role.MENTOR, UUID.randomUUID()).andReturn().getResponse().getContentAsString();

		assertThat(another).isEqualTo(none).doesNotContain("Aino");
	}

	@Test
	void linksVenueStaffToVenuesOfItsOwnOrganisationOnly() throws Exception {
		UUID library = this.registered.venue(this.umea, "Stadsbiblioteket");
		UUID careHome = this.registered.venue(this.umea, "Solgården");
		UUID theirs = this.registered.venue(this.lulea, "Kulturens hus");

		linkVenues(Role.VENUE_STAFF, library, careHome).andExpect(status().isOk())
			.andExpect(jsonPath("$.venueIds.length()").value(2));
		this.mvc.perform(get("/api/v1/me").header("Authorization", this.umea.bearer(Role.VENUE_STAFF)))
			.andExpect(jsonPath("$.venueIds.length()").value(2));

		String another = linkVenues(Role.VENUE_STAFF, library, theirs).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("venueIds"))
			.andExpect(jsonPath("$.errors[0].rule").value("UnknownVenue"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String none = linkVenues(Role.VENUE_STAFF, library, UUID.randomUUID()).andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(another).isEqualTo(none);
		this.mvc
			.perform(get("/api/v1/users/" + this.umea.user(Role.VENUE_STAFF).id()).header("Authorization", this.admin))
			.andExpect(jsonPath("$.venueIds.length()").value(2));
	}

	@Test
	void refusesVenuesForAnAccountThatIsNotVenueStaff() throws Exception {
		UUID library = this.registered.venue(this.umea, "Stadsbiblioteket");

		linkVenues(Role.MENTOR, library).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("venueIds"))
			.andExpect(jsonPath("$.errors[0].rule").value("VenuesNeedVenueStaffRole"));
	}

	@Test
	void unlinksThePersonAndTheVenues() throws Exception {
		UUID ali = this.registered.mentor(this.umea, "Ali", "Lindqvist");
		UUID library = this.registered.venue(this.umea, "Stadsbiblioteket");
		linkPerson(Role.MENTOR, ali).andExpect(status().isOk());
		linkVenues(Role.VENUE_STAFF, library).andExpect(status().isOk());

		this.mvc.perform(delete("/api/v1/users/" + this.umea.user(Role.MENTOR).id() + "/person").header("Authorization",
				this.admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.personId").doesNotExist());
		linkVenues(Role.VENUE_STAFF).andExpect(status().isOk()).andExpect(jsonPath("$.venueIds", empty()));

		UUID again = this.registered.mentor(this.umea, "Bo", "Ek");
		linkPerson(Role.MENTOR, again).andExpect(status().isOk());
		// Ali may now be linked elsewhere: the unlink freed him.
		linkPerson(Role.MENTOR, ali).andExpect(status().isOk()).andExpect(jsonPath("$.personId").value(ali.toString()));
	}

	@Test
	void takingAwayTheRoleALinkIsForTakesTheLinkWithIt() throws Exception {
		UUID ali = this.registered.mentor(this.umea, "Ali", "Lindqvist");
		UUID library = this.registered.venue(this.umea, "Stadsbiblioteket");
		linkPerson(Role.MENTOR, ali).andExpect(status().isOk());
		linkVenues(Role.VENUE_STAFF, library).andExpect(status().isOk());

		for (Role role : new Role[] { Role.MENTOR, Role.VENUE_STAFF }) {
			UserAccount account = this.umea.user(role);
			this.mvc
				.perform(put("/api/v1/users/" + account.id()).header("Authorization", this.admin)
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"version\":0,\"displayName\":\"Someone\",\"roles\":[\"ANALYST\"],\"enabled\":true}"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.personId").doesNotExist())
				.andExpect(jsonPath("$.venueIds", empty()));
		}
	}

	@Test
	void badInputNamesTheField() throws Exception {
		this.mvc
			.perform(put("/api/v1/users/" + this.umea.user(Role.MENTOR).id() + "/person")
				.header("Authorization", this.admin)
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("personId"));
		this.mvc
			.perform(put("/api/v1/users/" + this.umea.user(Role.MENTOR).id() + "/person")
				.header("Authorization", this.admin)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"personId\":\"not-an-id\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("personId"));
	}

	@Test
	void onlyTheOrganisationsAdminsManageLinks() throws Exception {
		UUID ali = this.registered.mentor(this.umea, "Ali", "Lindqvist");
		String path = "/api/v1/users/" + this.umea.user(Role.MENTOR).id() + "/person";
		String body = "{\"personId\":\"" + ali + "\"}";
		for (Role role : new Role[] { Role.COORDINATOR, Role.MENTOR, Role.VENUE_STAFF, Role.ANALYST }) {
			this.mvc
				.perform(put(path).header("Authorization", this.umea.bearer(role))
					.contentType(MediaType.APPLICATION_JSON)
					.content(body))
				.andExpect(status().isForbidden());
		}
		this.mvc
			.perform(put(path).header("Authorization", this.lulea.bearer(Role.ADMIN))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isNotFound());
		this.mvc.perform(delete(path).header("Authorization", this.lulea.bearer(Role.ADMIN)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(put("/api/v1/users/" + this.umea.user(Role.VENUE_STAFF).id() + "/venues")
				.header("Authorization", this.lulea.bearer(Role.ADMIN))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"venueIds\":[]}"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/users/" + this.umea.user(Role.MENTOR).id()).header("Authorization", this.admin))
			.andExpect(jsonPath("$.personId").doesNotExist());
	}

	static String unique(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}

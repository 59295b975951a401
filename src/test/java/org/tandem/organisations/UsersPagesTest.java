package org.tandem.organisations;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tandem.system.Role;
import org.tandem.testing.TandemTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The admin's user pages: the form loop (re-render with messages on bad input, redirect
 * with the temporary password on success), edits, password resets, and a navigation that
 * fits each role.
 */
@TandemTest
class UsersPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Organisations organisations;

	@Autowired
	Users users;

	@Autowired
	TestOrganisations testOrganisations;

	TestOrganisation kiruna;

	RequestPostProcessor admin;

	@BeforeEach
	void anOrganisation() {
		this.kiruna = this.testOrganisations.create("Kiruna");
		this.admin = user(this.kiruna.principal(Role.ADMIN));
	}

	long userCount() {
		long[] count = new long[1];
		this.organisations.actFor(this.kiruna.organisation(), () -> count[0] = this.users.page("", 0, 1).totalItems());
		return count[0];
	}

	@Test
	void createsAUserAndShowsTheTemporaryPasswordOnce() throws Exception {
		String username = "nils-" + UUID.randomUUID().toString().substring(0, 8);
		String location = this.mvc
			.perform(post("/admin/users").with(this.admin)
				.with(csrf())
				.param("username", username)
				.param("displayName", "Nils Nilsson")
				.param("email", "")
				.param("roles", "MENTOR", "VENUE_STAFF"))
			.andExpect(redirectedUrlPattern("/admin/users/*"))
			.andExpect(flash().attributeExists("issuedPassword"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		this.mvc.perform(get(location).with(this.admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nils Nilsson")));
		assertThat(userCount()).isEqualTo(Role.values().length + 1);
	}

	@Test
	void showsEveryProblemNextToItsFieldAndSavesNothing() throws Exception {
		this.mvc
			.perform(post("/admin/users").with(this.admin)
				.with(csrf())
				.header("Accept-Language", "sv")
				.param("username", "å")
				.param("displayName", "")
				.param("email", "inte-en-adress"))
			.andExpect(status().isOk())
			.andExpect(view().name("organisations/user-new"))
			.andExpect(model().attributeHasFieldErrors("form", "username", "displayName", "email", "roles"))
			.andExpect(content().string(containsString("Fyll i det här fältet.")))
			.andExpect(content().string(containsString("Välj minst ett alternativ.")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		assertThat(userCount()).isEqualTo(Role.values().length);
	}

	@Test
	void aTakenLoginNameIsShownNextToTheField() throws Exception {
		this.mvc
			.perform(post("/admin/users").with(this.admin)
				.with(csrf())
				.param("username", this.kiruna.user(Role.MENTOR).username())
				.param("displayName", "Twin")
				.param("roles", "MENTOR"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "username", "users.usernameTaken"));
	}

	@Test
	void editsRolesAndRefusesAStaleEdit() throws Exception {
		UserAccount mentor = this.kiruna.user(Role.MENTOR);
		this.mvc
			.perform(post("/admin/users/" + mentor.id()).with(this.admin)
				.with(csrf())
				.param("version", "0")
				.param("displayName", "Mentor and coordinator")
				.param("roles", "MENTOR", "COORDINATOR")
				.param("enabled", "true"))
			.andExpect(redirectedUrlPattern("/admin/users/*"));

		this.mvc
			.perform(post("/admin/users/" + mentor.id()).with(this.admin)
				.with(csrf())
				.param("version", "0")
				.param("displayName", "Old copy")
				.param("roles", "MENTOR")
				.param("enabled", "true"))
			.andExpect(redirectedUrlPattern("/admin/users/*"))
			.andExpect(flash().attribute("stale", true));
		this.mvc.perform(get("/admin/users/" + mentor.id()).with(this.admin).flashAttr("stale", true))
			.andExpect(content().string(containsString("Någon annan ändrade användaren")))
			.andExpect(content().string(containsString("value=\"Mentor and coordinator\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"1\"")));

		UserAccount[] saved = new UserAccount[1];
		this.organisations.actFor(this.kiruna.organisation(), () -> saved[0] = this.users.find(mentor.id()));
		assertThat(saved[0].displayName()).isEqualTo("Mentor and coordinator");
		assertThat(saved[0].roles()).containsExactlyInAnyOrder(Role.MENTOR, Role.COORDINATOR);
	}

	@Test
	void resetsAPassword() throws Exception {
		UserAccount senior = this.kiruna.user(Role.SENIOR);
		this.mvc.perform(post("/admin/users/" + senior.id() + "/password-reset").with(this.admin).with(csrf()))
			.andExpect(redirectedUrlPattern("/admin/users/*"))
			.andExpect(flash().attributeExists("issuedPassword"));

		UserAccount[] saved = new UserAccount[1];
		this.organisations.actFor(this.kiruna.organisation(), () -> saved[0] = this.users.find(senior.id()));
		assertThat(saved[0].mustChangePassword()).isTrue();
	}

	@Test
	void searchesTheListOfUsers() throws Exception {
		this.mvc.perform(get("/admin/users").param("search", "analyst of kiruna").with(this.admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ANALYST of Kiruna")))
			.andExpect(content().string(not(containsString("MENTOR of Kiruna"))));
	}

	@Test
	void theNavigationFitsTheRole() throws Exception {
		this.mvc.perform(get("/").with(this.admin))
			.andExpect(content().string(containsString("href=\"/admin/users\"")))
			.andExpect(content().string(containsString("href=\"/account/tokens\"")));
		this.mvc.perform(get("/").with(user(this.kiruna.principal(Role.MENTOR))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("href=\"/admin/users\""))))
			.andExpect(content().string(not(containsString("href=\"/account/tokens\""))));
	}

	@Test
	void makesAndRevokesATokenInThePage() throws Exception {
		var coordinator = user(this.kiruna.principal(Role.COORDINATOR));
		this.mvc
			.perform(post("/account/tokens").with(coordinator)
				.with(csrf())
				.param("name", "Export script")
				.param("validForDays", "30"))
			.andExpect(redirectedUrlPattern("/account/tokens*"))
			.andExpect(flash().attributeExists("issuedSecret"));
		this.mvc.perform(get("/account/tokens").with(coordinator))
			.andExpect(content().string(containsString("Export script")));
		this.mvc.perform(
				post("/account/tokens").with(coordinator).with(csrf()).param("name", "").param("validForDays", "999"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "name", "validForDays"));
	}

}

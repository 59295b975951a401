package org.tandem.organisations;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.tandem.system.Role;
import org.tandem.testing.MutableClock;
import org.tandem.testing.TandemTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may see what: anonymous visitors, wrong roles, bad tokens, and above all other
 * organisations, which must not even learn that a record exists.
 */
@TandemTest
class AccessControlTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Organisations organisations;

	@Autowired
	Users users;

	@Autowired
	ApiTokens tokens;

	@Autowired
	TestOrganisations testOrganisations;

	@Autowired
	MutableClock clock;

	Instant clockBefore;

	TestOrganisation skelleftea;

	TestOrganisation limerick;

	@BeforeEach
	void twoOrganisations() {
		this.clockBefore = this.clock.instant();
		this.skelleftea = this.testOrganisations.create("Skellefteå");
		this.limerick = this.testOrganisations.create("Limerick");
	}

	@AfterEach
	void setTheClockBack() {
		this.clock.set(this.clockBefore);
	}

	@Test
	void anAnonymousVisitorToAPageIsSentToTheLoginPage() throws Exception {
		this.mvc.perform(get("/admin/users")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void anAnonymousApiCallGets401ProblemDetails() throws Exception {
		this.mvc.perform(get("/api/v1/me").header("Accept-Language", "en"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.title").value("Not logged in"));
	}

	@Test
	void aTokenActsAsItsOwnerInItsOrganisation() throws Exception {
		UserAccount coordinator = this.skelleftea.user(Role.COORDINATOR);
		this.mvc.perform(get("/api/v1/me").header("Authorization", this.skelleftea.bearer(Role.COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(coordinator.username()))
			.andExpect(jsonPath("$.roles[0]").value("COORDINATOR"))
			.andExpect(jsonPath("$.organisation.id").value(this.skelleftea.organisation().id().toString()))
			.andExpect(jsonPath("$.organisation.timeZone").value("Europe/Stockholm"));
	}

	@Test
	void aBadTokenGets401() throws Exception {
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer tdm_not-a-real-token-at-all-000000"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer ")).andExpect(status().isUnauthorized());
	}

	@Test
	void aRevokedTokenGets401AtOnce() throws Exception {
		UserAccount analyst = this.skelleftea.user(Role.ANALYST);
		IssuedToken[] made = new IssuedToken[1];
		this.organisations.actFor(this.skelleftea.organisation(),
				() -> made[0] = this.tokens.issue(analyst.id(), "to revoke", null));
		IssuedToken issued = made[0];
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.secret()))
			.andExpect(status().isOk());

		this.mvc.perform(
				delete("/api/v1/tokens/" + issued.token().id()).header("Authorization", "Bearer " + issued.secret()))
			.andExpect(status().isNoContent());

		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.secret()))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void anExpiredTokenGets401() throws Exception {
		UserAccount analyst = this.skelleftea.user(Role.ANALYST);
		IssuedToken[] made = new IssuedToken[1];
		this.organisations.actFor(this.skelleftea.organisation(),
				() -> made[0] = this.tokens.issue(analyst.id(), "short", Duration.ofDays(1)));
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + made[0].secret()))
			.andExpect(status().isOk());

		this.clock.advance(Duration.ofDays(2));

		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + made[0].secret()))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aRoleWithoutAccessGets403() throws Exception {
		this.mvc.perform(get("/api/v1/users").header("Authorization", this.skelleftea.bearer(Role.MENTOR)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(403));
		this.mvc.perform(get("/api/v1/tokens").header("Authorization", this.skelleftea.bearer(Role.SENIOR)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/users").with(user(this.skelleftea.principal(Role.COORDINATOR))))
			.andExpect(status().isForbidden());
	}

	@Test
	void anotherOrganisationsUserIsNotFoundThroughTheApi() throws Exception {
		UserAccount theirs = this.limerick.user(Role.COORDINATOR);
		String admin = this.skelleftea.bearer(Role.ADMIN);

		this.mvc.perform(get("/api/v1/users/" + theirs.id()).header("Authorization", admin))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(content().string(not(containsString(theirs.username()))));
		this.mvc
			.perform(put("/api/v1/users/" + theirs.id()).header("Authorization", admin)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":0,\"displayName\":\"Taken over\",\"roles\":[\"ADMIN\"],\"enabled\":true}"))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/api/v1/users/" + theirs.id() + "/password-reset").header("Authorization", admin))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/users").header("Authorization", admin))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(theirs.username()))));

		UserAccount[] unchanged = new UserAccount[1];
		this.organisations.actFor(this.limerick.organisation(), () -> unchanged[0] = this.users.find(theirs.id()));
		assertThat(unchanged[0]).isEqualTo(theirs);
	}

	@Test
	void anotherOrganisationsUserIsNotFoundInThePages() throws Exception {
		UserAccount theirs = this.limerick.user(Role.MENTOR);
		var admin = user(this.skelleftea.principal(Role.ADMIN));

		this.mvc.perform(get("/admin/users/" + theirs.id()).with(admin))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString(theirs.displayName()))));
		this.mvc.perform(post("/admin/users/" + theirs.id() + "/password-reset").with(admin).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void aFormPostWithoutCsrfTokenIsRefused() throws Exception {
		this.mvc
			.perform(post("/admin/users").with(user(this.skelleftea.principal(Role.ADMIN)))
				.param("username", "no-csrf")
				.param("displayName", "No Csrf")
				.param("roles", "MENTOR"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aScriptWithATokenNeedsNoCsrfToken() throws Exception {
		this.mvc
			.perform(post("/api/v1/users").header("Authorization", this.skelleftea.bearer(Role.ADMIN))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"script-made-" + java.util.UUID.randomUUID().toString().substring(0, 8)
						+ "\",\"displayName\":\"Made by a script\",\"roles\":[\"MENTOR\"]}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/users/")))
			.andExpect(jsonPath("$.temporaryPassword").isString());
	}

}

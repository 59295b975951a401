package org.tandem.organisations;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.tandem.system.Role;
import org.tandem.testing.MutableClock;
import org.tandem.testing.TandemTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Signing in and out with the login form, throttling of password guessing, and the
 * temporary password an admin hands out.
 */
@TandemTest
@ExtendWith(OutputCaptureExtension.class)
class LoginTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Organisations organisations;

	@Autowired
	Users users;

	@Autowired
	TestOrganisations testOrganisations;

	@Autowired
	MutableClock clock;

	TestOrganisation umea;

	@BeforeEach
	void anOrganisation() {
		this.umea = this.testOrganisations.create("Umeå");
	}

	String username(Role role) {
		return this.umea.user(role).username();
	}

	@Test
	void signsInWithTheRightPasswordAndOut() throws Exception {
		var session = (MockHttpSession) this.mvc
			.perform(formLogin().user(username(Role.MENTOR)).password(TestOrganisation.PASSWORD))
			.andExpect(authenticated().withRoles("MENTOR"))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getRequest()
			.getSession();

		this.mvc.perform(get("/").session(session)).andExpect(status().isOk());
		this.mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
		this.mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void theLoginNameIgnoresCase() throws Exception {
		this.mvc.perform(formLogin().user(username(Role.MENTOR).toUpperCase()).password(TestOrganisation.PASSWORD))
			.andExpect(authenticated());
	}

	@Test
	void aWrongPasswordIsRefused() throws Exception {
		this.mvc.perform(formLogin().user(username(Role.MENTOR)).password("wrong password 123"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(formLogin().user("nobody-here").password("wrong password 123"))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void locksAnAccountAfterFiveWrongPasswordsInARow() throws Exception {
		String mentor = username(Role.MENTOR);
		for (int attempt = 1; attempt <= LoginThrottle.FREE_ATTEMPTS; attempt++) {
			this.mvc.perform(formLogin().user(mentor).password("guess number " + attempt))
				.andExpect(redirectedUrl("/login?error"));
		}

		this.mvc.perform(formLogin().user(mentor).password(TestOrganisation.PASSWORD))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?locked"));
		this.mvc.perform(formLogin().user(username(Role.SENIOR)).password(TestOrganisation.PASSWORD))
			.andExpect(authenticated());

		this.clock.advance(Duration.ofMinutes(2));

		this.mvc.perform(formLogin().user(mentor).password(TestOrganisation.PASSWORD)).andExpect(authenticated());
	}

	@Test
	void eachFailureAfterTheLockDoublesItUpToFifteenMinutes() {
		assertThat(LoginThrottle.lockFor(4)).isEmpty();
		assertThat(LoginThrottle.lockFor(5)).contains(Duration.ofMinutes(1));
		assertThat(LoginThrottle.lockFor(6)).contains(Duration.ofMinutes(2));
		assertThat(LoginThrottle.lockFor(8)).contains(Duration.ofMinutes(8));
		assertThat(LoginThrottle.lockFor(9)).contains(Duration.ofMinutes(15));
		assertThat(LoginThrottle.lockFor(50)).contains(Duration.ofMinutes(15));
	}

	@Test
	void aDisabledUserCannotSignIn() throws Exception {
		UserAccount mentor = this.umea.user(Role.MENTOR);
		this.organisations.actFor(this.umea.organisation(), () -> this.users.change(mentor.id(),
				new UserChanges(mentor.version(), mentor.displayName(), null, mentor.roles(), false)));

		this.mvc.perform(formLogin().user(mentor.username()).password(TestOrganisation.PASSWORD))
			.andExpect(unauthenticated());
	}

	MockHttpSession signedIn(Role role) throws Exception {
		return (MockHttpSession) this.mvc.perform(formLogin().user(username(role)).password(TestOrganisation.PASSWORD))
			.andExpect(authenticated())
			.andReturn()
			.getRequest()
			.getSession();
	}

	@Test
	void disablingAUserEndsTheirOpenSessionAtTheNextPage() throws Exception {
		MockHttpSession session = signedIn(Role.COORDINATOR);
		MockHttpSession bystander = signedIn(Role.MENTOR);
		this.mvc.perform(get("/seniors").session(session)).andExpect(status().isOk());
		UserAccount coordinator = this.umea.user(Role.COORDINATOR);
		this.organisations.actFor(this.umea.organisation(), () -> this.users.change(coordinator.id(),
				new UserChanges(coordinator.version(), coordinator.displayName(), null, coordinator.roles(), false)));

		this.mvc.perform(get("/seniors").session(session)).andExpect(redirectedUrl("/login?signedOut"));
		this.mvc.perform(get("/seniors").session(session)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/").session(bystander)).andExpect(status().isOk());
		this.mvc.perform(get("/login").param("signedOut", "").header("Accept-Language", "sv"))
			.andExpect(content().string(containsString("Du loggades ut eftersom ditt konto ändrades")));
	}

	@Test
	void takingARoleAwayOrResettingThePasswordEndsTheOpenSession() throws Exception {
		MockHttpSession coordinatorSession = signedIn(Role.COORDINATOR);
		MockHttpSession mentorSession = signedIn(Role.MENTOR);
		UserAccount coordinator = this.umea.user(Role.COORDINATOR);
		UserAccount mentor = this.umea.user(Role.MENTOR);

		this.organisations.actFor(this.umea.organisation(), () -> {
			this.users.change(coordinator.id(), new UserChanges(coordinator.version(), coordinator.displayName(), null,
					Set.of(Role.VENUE_STAFF), true));
			this.users.resetPassword(mentor.id());
		});

		this.mvc.perform(get("/").session(coordinatorSession)).andExpect(redirectedUrl("/login?signedOut"));
		this.mvc.perform(get("/").session(mentorSession)).andExpect(redirectedUrl("/login?signedOut"));
	}

	@Test
	void aResetPasswordMustBeReplacedBeforeAnythingElse() throws Exception {
		UserAccount mentor = this.umea.user(Role.MENTOR);
		IssuedPassword[] issued = new IssuedPassword[1];
		this.organisations.actFor(this.umea.organisation(), () -> issued[0] = this.users.resetPassword(mentor.id()));

		this.mvc.perform(formLogin().user(mentor.username()).password(TestOrganisation.PASSWORD))
			.andExpect(unauthenticated());
		var session = (MockHttpSession) this.mvc
			.perform(formLogin().user(mentor.username()).password(issued[0].temporaryPassword()))
			.andExpect(authenticated())
			.andReturn()
			.getRequest()
			.getSession();
		this.mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/password"));

		this.mvc
			.perform(post("/account/password").session(session)
				.with(csrf())
				.param("currentPassword", issued[0].temporaryPassword())
				.param("newPassword", "my own long password")
				.param("repeatPassword", "my own long password"))
			.andExpect(redirectedUrl("/login?passwordChanged"));

		this.mvc.perform(formLogin().user(mentor.username()).password("my own long password"))
			.andExpect(authenticated())
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void aPasswordChangeChecksTheCurrentPasswordAndTheRules() throws Exception {
		var mentor = user(this.umea.principal(Role.MENTOR));

		this.mvc
			.perform(post("/account/password").with(mentor)
				.with(csrf())
				.param("currentPassword", "not my password")
				.param("newPassword", "a long new password")
				.param("repeatPassword", "a long new password"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "currentPassword", "password.wrongCurrent"));
		this.mvc
			.perform(post("/account/password").with(mentor)
				.with(csrf())
				.param("currentPassword", TestOrganisation.PASSWORD)
				.param("newPassword", "short")
				.param("repeatPassword", "other"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "newPassword", "repeatPassword"));

		this.mvc.perform(formLogin().user(username(Role.MENTOR)).password(TestOrganisation.PASSWORD))
			.andExpect(authenticated());
	}

	@Test
	void logLinesNameTheOrganisationAndUserOfTheRequest(CapturedOutput output) throws Exception {
		UserAccount admin = this.umea.user(Role.ADMIN);
		UserAccount mentor = this.umea.user(Role.MENTOR);
		int before = output.getAll().length();

		this.mvc.perform(post("/api/v1/users/" + mentor.id() + "/password-reset").header("Authorization",
				this.umea.bearer(Role.ADMIN)))
			.andExpect(status().isOk());

		assertThat(output.getAll().substring(before)).containsPattern("\\[org=" + this.umea.organisation().id()
				+ " user=" + admin.id() + "\\].*Password reset for user " + mentor.id());
	}

	@Test
	void neverWritesPasswordsOrTokensToTheLog(CapturedOutput output) throws Exception {
		int before = output.getAll().length();
		this.mvc.perform(formLogin().user(username(Role.ADMIN)).password("a wrong password 1"));
		this.mvc.perform(formLogin().user(username(Role.ADMIN)).password(TestOrganisation.PASSWORD));
		this.mvc.perform(get("/api/v1/me").header("Authorization", this.umea.bearer(Role.ADMIN)));
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer tdm_a-guessed-token-that-is-wrong"));

		assertThat(output.getAll().substring(before)).doesNotContain(TestOrganisation.PASSWORD, "a wrong password 1",
				this.umea.tokens().get(Role.ADMIN), "tdm_a-guessed-token-that-is-wrong");
	}

}

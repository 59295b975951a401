package org.tandem.organisations;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.tandem.system.Role;
import org.tandem.testing.TandemTest;

import static org.hamcrest.Matchers.hasItems;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The users and tokens API: what an admin's script can do, and the problem details it
 * gets for bad input, in the language it asks for.
 */
@TandemTest
class UsersApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Organisations organisations;

	@Autowired
	ApiTokens tokens;

	@Autowired
	TestOrganisations testOrganisations;

	TestOrganisation lulea;

	String admin;

	@BeforeEach
	void anOrganisation() {
		this.lulea = this.testOrganisations.create("Luleå");
		this.admin = this.lulea.bearer(Role.ADMIN);
	}

	static String unique(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void createsAUserWhoReceivesATemporaryPassword() throws Exception {
		String username = unique("Sara.Lind");
		this.mvc
			.perform(post("/api/v1/users").header("Authorization", this.admin)
				.contentType(MediaType.APPLICATION_JSON)
				.content(
						"""
								{"username":"%s","displayName":"Sara Lind","email":"sara@example.se","roles":["COORDINATOR","VENUE_STAFF"]}
								"""
							.formatted(username)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.account.username").value(username.toLowerCase()))
			.andExpect(jsonPath("$.account.roles", hasItems("COORDINATOR", "VENUE_STAFF")))
			.andExpect(jsonPath("$.account.mustChangePassword").value(true))
			.andExpect(jsonPath("$.account.id").value(matchesPattern("[0-9a-f-]{36}")))
			.andExpect(jsonPath("$.account.passwordHash").doesNotExist())
			.andExpect(jsonPath("$.temporaryPassword").isString());
	}

	@Test
	void listsAndSearchesTheOrganisationsUsers() throws Exception {
		this.mvc.perform(get("/api/v1/users").param("search", "MENTOR of Luleå").header("Authorization", this.admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].displayName").value("MENTOR of Luleå"))
			.andExpect(jsonPath("$.items[0].id").value(matchesPattern("[0-9a-f-]{36}")))
			.andExpect(jsonPath("$.items[0].passwordHash").doesNotExist());
	}

	@Test
	void listsEveryInvalidFieldWithItsRuleInEnglish() throws Exception {
		this.mvc
			.perform(post("/api/v1/users").header("Authorization", this.admin)
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"username":"x","displayName":" ","email":"not-an-address","roles":[]}
						"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Invalid request"))
			.andExpect(jsonPath("$.errors", hasSize(4)))
			.andExpect(jsonPath("$.errors[?(@.field == 'username')].rule").value("Pattern"))
			.andExpect(jsonPath("$.errors[?(@.field == 'username')].message")
				.value("Use 3 to 64 characters: letters a-z, digits, and . _ @ -"))
			.andExpect(jsonPath("$.errors[?(@.field == 'displayName')].message").value("Fill in this field."))
			.andExpect(jsonPath("$.errors[?(@.field == 'email')].rule").value("Email"))
			.andExpect(jsonPath("$.errors[?(@.field == 'roles')].rule").value("NotEmpty"));
	}

	@Test
	void speaksSwedishToAClientThatAsks() throws Exception {
		this.mvc
			.perform(post("/api/v1/users").header("Authorization", this.admin)
				.header("Accept-Language", "sv-SE,sv;q=0.9")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"someone-new\",\"displayName\":\"\",\"roles\":[\"MENTOR\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Ogiltig begäran"))
			.andExpect(jsonPath("$.errors[0].field").value("displayName"))
			.andExpect(jsonPath("$.errors[0].message").value("Fyll i det här fältet."));
	}

	@Test
	void refusesJsonItCannotRead() throws Exception {
		this.mvc
			.perform(post("/api/v1/users").header("Authorization", this.admin)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\": "))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc
			.perform(post("/api/v1/users").header("Authorization", this.admin)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"abc-def\",\"displayName\":\"A\",\"roles\":[\"KING\"]}"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aMalformedIdIsABadRequestNotAServerError() throws Exception {
		this.mvc.perform(get("/api/v1/users/not-a-uuid").header("Authorization", this.admin))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("id"));
	}

	@Test
	void refusesALoginNameThatIsTaken() throws Exception {
		String taken = this.lulea.user(Role.MENTOR).username();
		this.mvc
			.perform(post("/api/v1/users").header("Authorization", this.admin)
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"%s\",\"displayName\":\"Twin\",\"roles\":[\"MENTOR\"]}".formatted(taken)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("username"))
			.andExpect(jsonPath("$.errors[0].rule").value("UsernameTaken"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("The username " + taken + " is already taken. Choose another."));
	}

	@Test
	void refusesAStaleEditWith409() throws Exception {
		UserAccount mentor = this.lulea.user(Role.MENTOR);
		String edit = "{\"version\":0,\"displayName\":\"%s\",\"roles\":[\"MENTOR\"],\"enabled\":true}";

		this.mvc
			.perform(put("/api/v1/users/" + mentor.id()).header("Authorization", this.admin)
				.contentType(MediaType.APPLICATION_JSON)
				.content(edit.formatted("First edit")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1));
		this.mvc
			.perform(put("/api/v1/users/" + mentor.id()).header("Authorization", this.admin)
				.contentType(MediaType.APPLICATION_JSON)
				.content(edit.formatted("Second edit on an old copy")))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(get("/api/v1/users/" + mentor.id()).header("Authorization", this.admin))
			.andExpect(jsonPath("$.displayName").value("First edit"));
	}

	@Test
	void keepsAtLeastOneActiveAdmin() throws Exception {
		UserAccount onlyAdmin = this.lulea.user(Role.ADMIN);
		this.mvc
			.perform(put("/api/v1/users/" + onlyAdmin.id()).header("Authorization", this.admin)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":0,\"displayName\":\"Admin\",\"roles\":[\"COORDINATOR\"],\"enabled\":true}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("roles"))
			.andExpect(jsonPath("$.errors[0].rule").value("LastAdminKept"));
		this.mvc
			.perform(put("/api/v1/users/" + onlyAdmin.id()).header("Authorization", this.admin)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":0,\"displayName\":\"Admin\",\"roles\":[\"ADMIN\"],\"enabled\":false}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("enabled"));
	}

	@Test
	void aPasswordResetAnswersANewTemporaryPasswordAndRevokesTheUsersTokens() throws Exception {
		UserAccount mentor = this.lulea.user(Role.MENTOR);
		String mentorsToken = this.lulea.bearer(Role.MENTOR);
		this.mvc.perform(get("/api/v1/me").header("Authorization", mentorsToken)).andExpect(status().isOk());

		this.mvc.perform(post("/api/v1/users/" + mentor.id() + "/password-reset").header("Authorization", this.admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.temporaryPassword").isString())
			.andExpect(jsonPath("$.account.mustChangePassword").value(true));

		this.mvc.perform(get("/api/v1/me").header("Authorization", mentorsToken)).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/me").header("Authorization", this.admin)).andExpect(status().isOk());
	}

	@Test
	void aCoordinatorMakesListsAndRevokesOwnTokens() throws Exception {
		String coordinator = this.lulea.bearer(Role.COORDINATOR);
		String body = this.mvc
			.perform(post("/api/v1/tokens").header("Authorization", coordinator)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Weekly export\",\"validForDays\":30}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.secret").isString())
			.andExpect(jsonPath("$.token.name").value("Weekly export"))
			.andExpect(jsonPath("$.token.expiresAt").isString())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String secret = body.replaceAll(".*\"secret\":\"([^\"]+)\".*", "$1");

		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
			.andExpect(jsonPath("$.roles[0]").value("COORDINATOR"));
		this.mvc.perform(get("/api/v1/tokens").header("Authorization", coordinator))
			.andExpect(jsonPath("$[?(@.name == 'Weekly export')]").exists())
			.andExpect(jsonPath("$[0].secret").doesNotExist());
		this.mvc
			.perform(post("/api/v1/tokens").header("Authorization", coordinator)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"\",\"validForDays\":0}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasSize(2)));
	}

	@Test
	void cannotRevokeSomeoneElsesToken() throws Exception {
		String coordinator = this.lulea.bearer(Role.COORDINATOR);
		UserAccount analyst = this.lulea.user(Role.ANALYST);
		IssuedToken[] theirs = new IssuedToken[1];
		this.organisations.actFor(this.lulea.organisation(),
				() -> theirs[0] = this.tokens.issue(analyst.id(), "analyst's", null));

		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.delete("/api/v1/tokens/" + theirs[0].token().id())
				.header("Authorization", coordinator))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + theirs[0].secret()))
			.andExpect(status().isOk());
	}

}

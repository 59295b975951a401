package org.tandem.calendar;

import java.net.URI;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import net.fortuna.ical4j.model.Component;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tandem.organisations.TestOrganisation;
import org.tandem.organisations.TestOrganisations;
import org.tandem.people.PersonId;
import org.tandem.system.Role;
import org.tandem.system.Sha256;
import org.tandem.testing.TandemTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Coordinators make, remake and revoke a person's calendar feed through the JSON API; the
 * feed's address works until then and not a moment after, and nothing of it can be learnt
 * from another organisation, without signing in, from the database or from the log. No
 * module plans sessions in this application context, so a feed is empty.
 */
@TandemTest
@ExtendWith(OutputCaptureExtension.class)
class CalendarFeedApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestOrganisations organisations;

	@Autowired
	JdbcClient database;

	TestOrganisation umea;

	PersonId mentor;

	@BeforeEach
	void aMentor() throws Exception {
		this.umea = this.organisations.create("Umeå");
		this.mentor = Registrations.mentor(this.mvc, this.umea, "Elias");
	}

	@Test
	void aNewFeedWorksAtOnceWithoutSigningInAndIsEmptyWithNoSessionsModule() throws Exception {
		String url = create(this.umea, Role.COORDINATOR);

		assertThat(url).startsWith("http://localhost/calendar/").endsWith(".ics");
		String text = this.mvc.perform(get(URI.create(url).getPath()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/calendar;charset=UTF-8"))
			.andExpect(header().string("Cache-Control", "private"))
			.andExpect(header().doesNotExist("Pragma"))
			.andExpect(header().doesNotExist("Expires"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		var calendar = CalendarFeedTest.parse(text);
		assertThat(calendar.getComponents(Component.VEVENT)).isEmpty();
		assertThat(calendar.getComponents(Component.VTIMEZONE)).hasSize(1);
	}

	@Test
	void saysWhetherAFeedIsActiveAndWhenItWasLastFetchedButNeverItsAddress() throws Exception {
		this.mvc.perform(get(feed(this.mentor)).header("Authorization", this.umea.bearer(Role.COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(false));
		String url = create(this.umea, Role.ADMIN);
		this.mvc.perform(get(URI.create(url).getPath())).andExpect(status().isOk());

		String status = this.mvc
			.perform(get(feed(this.mentor)).header("Authorization", this.umea.bearer(Role.COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(true))
			.andExpect(jsonPath("$.createdAt").isNotEmpty())
			.andExpect(jsonPath("$.lastFetchedAt").isNotEmpty())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(status).doesNotContain(secretOf(url)).doesNotContain("url");
	}

	@Test
	void aNewFeedStopsTheOldAddress() throws Exception {
		String old = URI.create(create(this.umea, Role.COORDINATOR)).getPath();
		String current = URI.create(create(this.umea, Role.COORDINATOR)).getPath();

		assertThat(current).isNotEqualTo(old);
		this.mvc.perform(get(old)).andExpect(status().isNotFound()).andExpect(content().string(emptyString()));
		this.mvc.perform(get(current)).andExpect(status().isOk());
		assertThat(this.database.sql("select count(*) from calendar_feed where person_id = ? and active = true")
			.param(this.mentor.value())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aRevokedFeedAnswersNothingAnyMore() throws Exception {
		String path = URI.create(create(this.umea, Role.COORDINATOR)).getPath();

		this.mvc.perform(delete(feed(this.mentor)).header("Authorization", this.umea.bearer(Role.COORDINATOR)))
			.andExpect(status().isNoContent());

		this.mvc.perform(get(path))
			.andExpect(status().isNotFound())
			.andExpect(content().string(emptyString()))
			.andExpect(header().string("Cache-Control", "no-store"));
		this.mvc.perform(get(feed(this.mentor)).header("Authorization", this.umea.bearer(Role.COORDINATOR)))
			.andExpect(jsonPath("$.active").value(false));
		this.mvc.perform(delete(feed(this.mentor)).header("Authorization", this.umea.bearer(Role.COORDINATOR)))
			.andExpect(status().isNoContent());
	}

	@Test
	void anUnknownAddressLooksLikeARevokedOne() throws Exception {
		byte[] random = new byte[32];
		new java.security.SecureRandom().nextBytes(random);
		String guess = Base64.getUrlEncoder().withoutPadding().encodeToString(random);

		for (String path : List.of("/calendar/" + guess + ".ics", "/calendar/short.ics",
				"/calendar/" + guess + "x.ics")) {
			this.mvc.perform(get(path)).andExpect(status().isNotFound()).andExpect(content().string(emptyString()));
		}
	}

	@Test
	void storesOnlyAHashOfTheSecret() throws Exception {
		String secret = secretOf(create(this.umea, Role.COORDINATOR));

		List<String> stored = this.database.sql("select token_hash from calendar_feed where person_id = ?")
			.param(this.mentor.value())
			.query(String.class)
			.list();

		assertThat(secret).hasSize(43);
		assertThat(Base64.getUrlDecoder().decode(secret)).hasSize(32);
		assertThat(stored).containsExactly(Sha256.hex(secret));
		assertThat(stored.get(0)).doesNotContain(secret);
	}

	@Test
	void anotherOrganisationsCoordinatorFindsNoSuchPerson() throws Exception {
		String path = URI.create(create(this.umea, Role.COORDINATOR)).getPath();
		TestOrganisation lulea = this.organisations.create("Luleå");
		String stranger = lulea.bearer(Role.COORDINATOR);

		this.mvc.perform(get(feed(this.mentor)).header("Authorization", stranger))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(post(feed(this.mentor)).header("Authorization", stranger))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.url").doesNotExist());
		this.mvc.perform(delete(feed(this.mentor)).header("Authorization", stranger)).andExpect(status().isNotFound());
		this.mvc.perform(get(path)).andExpect(status().isOk());
	}

	@Test
	void onlyAdminsAndCoordinatorsSignedInMayManageFeeds() throws Exception {
		// With a CSRF token, so that it is the missing sign-in that is refused.
		this.mvc.perform(post(feed(this.mentor)).with(csrf()))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(get(feed(this.mentor))).andExpect(status().isUnauthorized());
		this.mvc.perform(delete(feed(this.mentor)).with(csrf())).andExpect(status().isUnauthorized());
		for (Role role : List.of(Role.MENTOR, Role.SENIOR, Role.VENUE_STAFF, Role.ANALYST)) {
			this.mvc.perform(post(feed(this.mentor)).header("Authorization", this.umea.bearer(role)))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.url").doesNotExist());
			this.mvc.perform(get(feed(this.mentor)).header("Authorization", this.umea.bearer(role)))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void namesAPersonIdThatIsNoIdAsTheProblem() throws Exception {
		this.mvc
			.perform(post("/api/v1/people/not-an-id/calendar-feed").header("Authorization",
					this.umea.bearer(Role.COORDINATOR)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("personId"))
			.andExpect(jsonPath("$.errors[0].message", not(nullValue())));
		this.mvc
			.perform(post(feed(new PersonId(UUID.randomUUID()))).header("Authorization",
					this.umea.bearer(Role.COORDINATOR)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void neverWritesTheSecretToTheLog(CapturedOutput output) throws Exception {
		String url = create(this.umea, Role.COORDINATOR);
		String path = URI.create(url).getPath();

		this.mvc.perform(get(path)).andExpect(status().isOk());
		this.mvc.perform(delete(feed(this.mentor)).header("Authorization", this.umea.bearer(Role.COORDINATOR)));
		this.mvc.perform(get(path)).andExpect(status().isNotFound());

		assertThat(output.getAll()).doesNotContain(secretOf(url));
	}

	String create(TestOrganisation organisation, Role role) throws Exception {
		String json = this.mvc.perform(post(feed(this.mentor)).header("Authorization", organisation.bearer(role)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", feed(this.mentor)))
			.andExpect(jsonPath("$.createdAt").isNotEmpty())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return json.replaceAll("^.*\"url\":\"([^\"]+)\".*$", "$1");
	}

	static String secretOf(String url) {
		return url.replaceAll("^.*/calendar/([^/.]+)\\.ics$", "$1");
	}

	static String feed(PersonId person) {
		return "/api/v1/people/" + person + "/calendar-feed";
	}

}

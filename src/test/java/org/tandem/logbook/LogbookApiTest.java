package org.tandem.logbook;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tandem.curriculum.Curriculum;
import org.tandem.matching.Pairs;
import org.tandem.organisations.Organisations;
import org.tandem.organisations.Users;
import org.tandem.organisations.TestOrganisation;
import org.tandem.organisations.TestOrganisations;
import org.tandem.people.People;
import org.tandem.programmes.Programmes;
import org.tandem.sessions.Sessions;
import org.tandem.system.Role;
import org.tandem.testing.MutableClock;
import org.tandem.testing.TandemTest;
import org.tandem.venues.Venues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Session logs through the JSON API: logged and corrected with the revision in the body
 * or as If-Match, read back with every revision, a refusal answered with the field and
 * the rule, a stale revision a conflict, the follow-ups listed and marked done, who may
 * call it, and organisations kept apart.
 */
@TandemTest
class LogbookApiTest {

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
	Sessions sessions;

	@Autowired
	Curriculum curriculum;

	@Autowired
	Logbook logbook;

	@Autowired
	Users users;

	@Autowired
	MutableClock clock;

	LoggableSession session;

	String path;

	@BeforeEach
	void aSessionThatTookPlace() {
		this.session = LoggableSession.in(this.testOrganisations.create("Kalix"), this.organisations, this.programmes,
				this.venues, this.people, this.pairs, this.sessions, this.curriculum, this.clock);
		this.session.staffTheLibrary(this.users);
		this.path = "/api/v1/occurrences/" + this.session.held + "/log";
	}

	ResultActions call(MockHttpServletRequestBuilder request, Role role) throws Exception {
		return call(request, this.session.programme.organisation.bearer(role));
	}

	ResultActions call(MockHttpServletRequestBuilder request, String bearer) throws Exception {
		return this.mvc.perform(request.header("Authorization", bearer).header("Accept-Language", "en"));
	}

	String body(String expectedRevision, int minutes, boolean scamSeen) {
		return """
				{%s"attendance": {"%s": "PRESENT", "%s": "PRESENT"}, "minutes": %d,
				 "steps": [{"seniorId": "%s", "stepId": "%s", "level": "WITH_HELP"}],
				 "feedback": {"%s": 5}, "note": "Bra träff", "attested": true, "scamSeen": %s,
				 "reason": "Fel på papperet"}
				""".formatted(expectedRevision.isEmpty() ? "" : "\"expectedRevision\": " + expectedRevision + ", ",
				this.session.mentor, this.session.senior, minutes, this.session.senior, this.session.wantedStep.id(),
				this.session.senior, scamSeen);
	}

	MockHttpServletRequestBuilder putLog(String body) {
		return put(this.path).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	@Test
	void aSessionIsLoggedThenCorrectedWithIfMatchAndReadBackWithEveryRevision() throws Exception {
		call(putLog(body("", 55, false)), Role.VENUE_STAFF).andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.revision").value(1))
			.andExpect(jsonPath("$.report.minutes").value(55))
			.andExpect(jsonPath("$.report.topics[0]").value(this.session.wanted.id().toString()))
			.andExpect(jsonPath("$.revisions[0].reason").doesNotExist());

		call(putLog(body("", 65, false)).header("If-Match", "\"1\""), Role.COORDINATOR).andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"2\""))
			.andExpect(jsonPath("$.revision").value(2));

		call(get(this.path), Role.ADMIN).andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"2\""))
			.andExpect(jsonPath("$.occurrenceId").value(this.session.held.toString()))
			.andExpect(jsonPath("$.report.minutes").value(65))
			.andExpect(jsonPath("$.report.attendance['" + this.session.senior + "']").value("PRESENT"))
			.andExpect(jsonPath("$.report.steps[0].level").value("WITH_HELP"))
			.andExpect(jsonPath("$.report.feedback['" + this.session.senior + "']").value(5))
			.andExpect(jsonPath("$.report.attested").value(true))
			.andExpect(jsonPath("$.revisions", hasSize(2)))
			.andExpect(jsonPath("$.revisions[0].report.minutes").value(55))
			.andExpect(jsonPath("$.revisions[1].reason").value("Fel på papperet"))
			.andExpect(jsonPath("$.revisions[1].onBehalf").value(true))
			.andExpect(jsonPath("$.revisions[1].loggedBy")
				.value(this.session.programme.organisation.user(Role.COORDINATOR).id().toString()));
	}

	@Test
	void aStaleOrMismatchedRevisionIsRefusedAndNothingChanges() throws Exception {
		call(putLog(body("0", 55, false)), Role.COORDINATOR).andExpect(status().isCreated());
		call(putLog(body("1", 60, false)), Role.COORDINATOR).andExpect(status().isOk());

		call(putLog(body("1", 70, false)), Role.COORDINATOR).andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("Someone logged or corrected this session")));
		call(putLog(body("", 70, false)), Role.COORDINATOR).andExpect(status().isConflict());
		call(putLog(body("2", 70, false)).header("If-Match", "\"1\""), Role.COORDINATOR)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("expectedRevision"))
			.andExpect(jsonPath("$.errors[0].rule").value("RevisionMismatch"));
		call(putLog(body("", 70, false)).header("If-Match", "two"), Role.COORDINATOR)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("If-Match"));
		assertThat(this.session.programme.as(() -> this.logbook.log(this.session.held)).report().minutes())
			.isEqualTo(60);
	}

	@Test
	void aReportThatBreaksARuleIsAnsweredWithTheFieldAndTheRule() throws Exception {
		call(putLog(body("", 601, false)), Role.COORDINATOR).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("minutes"));
		call(putLog(body("", 0, false)), Role.COORDINATOR).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("minutes"))
			.andExpect(jsonPath("$.errors[0].rule").value("MinutesRequired"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("Say how many minutes the session lasted when someone came."));
		call(putLog("""
				{"attendance": {"%s": "PRESENT"}, "minutes": 50, "attested": true}
				""".formatted(this.session.mentor)), Role.COORDINATOR).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("attendance"))
			.andExpect(jsonPath("$.errors[0].rule").value("AttendanceMissing"));
		call(putLog("""
				{"attendance": {"%s": "MAYBE"}, "minutes": 50, "attested": true}
				""".formatted(this.session.mentor)), Role.COORDINATOR).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value(containsString("attendance")));
		call(putLog("""
				{"minutes": 50, "attested": true}
				"""), Role.COORDINATOR).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("attendance"));
		call(putLog("""
				{"attendance": {"%s": null}, "minutes": 50, "attested": true}
				""".formatted(this.session.mentor)), Role.COORDINATOR).andExpect(status().isBadRequest());
		assertThat(this.session.programme.as(() -> this.logbook.find(this.session.held))).isEmpty();
	}

	@Test
	void seniorsAnalystsAndUnlinkedMentorsAreRefused() throws Exception {
		call(putLog(body("", 55, true)), Role.COORDINATOR).andExpect(status().isCreated());
		for (Role role : List.of(Role.SENIOR, Role.ANALYST, Role.MENTOR)) {
			call(get(this.path), role).andExpect(status().isForbidden());
			call(putLog(body("1", 60, false)), role).andExpect(status().isForbidden());
		}
		for (Role role : List.of(Role.SENIOR, Role.ANALYST, Role.MENTOR, Role.VENUE_STAFF)) {
			call(get("/api/v1/logbook/follow-ups"), role).andExpect(status().isForbidden());
			call(post("/api/v1/logbook/follow-ups/" + this.session.held + "/done"), role)
				.andExpect(status().isForbidden());
		}
		assertThat(this.session.programme.as(() -> this.logbook.log(this.session.held)).revisions()).hasSize(1);
	}

	@Test
	void anotherOrganisationFindsNothing() throws Exception {
		call(putLog(body("", 55, true)), Role.COORDINATOR).andExpect(status().isCreated());
		TestOrganisation other = this.testOrganisations.create("Haparanda");
		String stranger = other.bearer(Role.COORDINATOR);

		call(get(this.path), stranger).andExpect(status().isNotFound());
		call(putLog(body("1", 60, false)), stranger).andExpect(status().isNotFound());
		call(get("/api/v1/logbook/follow-ups"), stranger).andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(0));
		call(post("/api/v1/logbook/follow-ups/" + this.session.held + "/done"), stranger)
			.andExpect(status().isNotFound());
		assertThat(this.session.programme.as(() -> this.logbook.log(this.session.held)).followUpOpen()).isTrue();
	}

	@Test
	void aPossibleScamIsListedForFollowUpUntilMarkedDone() throws Exception {
		call(get("/api/v1/occurrences/" + this.session.coming + "/log"), Role.COORDINATOR)
			.andExpect(status().isNotFound());
		call(putLog(body("", 55, true)), Role.COORDINATOR).andExpect(status().isCreated())
			.andExpect(jsonPath("$.followUpOpen").value(true));

		call(get("/api/v1/logbook/follow-ups?size=10"), Role.COORDINATOR).andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].occurrenceId").value(this.session.held.toString()))
			.andExpect(jsonPath("$.items[0].title").value("Swish"))
			.andExpect(jsonPath("$.items[0].start").value(containsString("T14:00:00+01:00")))
			.andExpect(jsonPath("$.items[0].scamSeen").value(true))
			.andExpect(jsonPath("$.items[0].mentors[0]").value("Ali"));
		call(get("/api/v1/logbook/follow-ups?size=1000"), Role.COORDINATOR).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("size"));

		call(post("/api/v1/logbook/follow-ups/" + this.session.held + "/done"), Role.COORDINATOR)
			.andExpect(status().isNoContent());
		call(get("/api/v1/logbook/follow-ups"), Role.ADMIN).andExpect(jsonPath("$.totalItems").value(0));
		call(get(this.path), Role.COORDINATOR).andExpect(jsonPath("$.followUpOpen").value(false))
			.andExpect(jsonPath("$.followUpClosedAt").exists());
	}

	@Test
	void theLogAndTheFollowUpsAreDescribedInOpenApi() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/occurrences/{occurrenceId}/log'].get").exists())
			.andExpect(jsonPath(
					"$.paths['/api/v1/occurrences/{occurrenceId}/log'].put.parameters[?(@.name == 'If-Match')]")
				.exists())
			.andExpect(jsonPath("$.paths['/api/v1/logbook/follow-ups'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/logbook/follow-ups/{occurrenceId}/done'].post").exists())
			.andExpect(jsonPath("$.components.schemas.LogRequest.required")
				.value(org.hamcrest.Matchers.hasItems("attendance", "minutes", "attested")));
	}

}

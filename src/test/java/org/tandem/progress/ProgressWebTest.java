package org.tandem.progress;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tandem.curriculum.Curriculum;
import org.tandem.curriculum.Step;
import org.tandem.logbook.Attendance;
import org.tandem.logbook.LearningLevel;
import org.tandem.logbook.Logbook;
import org.tandem.logbook.StepReached;
import org.tandem.matching.PairId;
import org.tandem.matching.Pairs;
import org.tandem.organisations.Organisations;
import org.tandem.organisations.TestOrganisation;
import org.tandem.organisations.TestOrganisations;
import org.tandem.people.People;
import org.tandem.people.PersonId;
import org.tandem.programmes.Programmes;
import org.tandem.sessions.PlannableProgramme;
import org.tandem.sessions.Sessions;
import org.tandem.system.Role;
import org.tandem.testing.MutableClock;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The progress pages and API: who may read and write what, another organisation's people
 * and programmes answering 404 everywhere, and bad input named by field.
 */
@TandemTest
class ProgressWebTest {

	static final List<Role> READERS = List.of(Role.ADMIN, Role.COORDINATOR, Role.VENUE_STAFF);

	static final List<Role> NOT_READERS = List.of(Role.SENIOR, Role.ANALYST, Role.MENTOR);

	static final List<Role> NOT_RUNNERS = List.of(Role.VENUE_STAFF, Role.SENIOR, Role.ANALYST, Role.MENTOR);

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
	Logbook logbook;

	@Autowired
	Curriculum curriculum;

	@Autowired
	MutableClock clock;

	LoggedSessions logged;

	TestOrganisation organisation;

	TestOrganisation stranger;

	PersonId mentor;

	PersonId senior;

	Step send;

	@BeforeEach
	void aLoggedSession() {
		this.organisation = this.testOrganisations.create("Lycksele");
		this.stranger = this.testOrganisations.create("Åsele");
		PlannableProgramme programme = PlannableProgramme.in(this.organisation, this.organisations, this.programmes,
				this.venues, this.people, this.pairs, PlannableProgramme.around(this.clock));
		this.logged = new LoggedSessions(programme, this.sessions, this.logbook, this.curriculum, this.people,
				this.clock);
		this.mentor = programme.mentor("Ali", "Lindqvist");
		this.senior = programme.senior("Astrid", "Berg");
		PairId pair = programme.pair(this.senior, this.mentor);
		this.send = this.logged.step("swish", 1);
		this.logged.log(this.logged.held(pair, this.logged.tuesday(0), LocalTime.of(14, 0)), 0,
				LoggedSessions.report(Map.of(this.mentor, Attendance.PRESENT, this.senior, Attendance.PRESENT), 90,
						Set.of(), List.of(new StepReached(this.senior, this.send.id(), LearningLevel.ON_MY_OWN))));
	}

	List<String> readPaths() {
		return List.of("/people/" + this.senior + "/passport", "/people/" + this.senior + "/passport.pdf",
				"/people/" + this.mentor + "/mentor-summary", "/api/v1/people/" + this.senior + "/passport",
				"/api/v1/people/" + this.senior + "/passport.pdf", "/api/v1/people/" + this.mentor + "/mentor-summary",
				"/api/v1/people/" + this.mentor + "/training");
	}

	List<String> followUpPaths() {
		String id = this.logged.programme.programme.toString();
		return List.of("/programmes/" + id + "/follow-up", "/api/v1/programmes/" + id + "/follow-up/quiet-seniors",
				"/api/v1/programmes/" + id + "/follow-up/no-shows");
	}

	MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, TestOrganisation organisation, Role role) {
		return request.with(user(organisation.principal(role))).header("Accept-Language", "sv");
	}

	@Test
	void adminsCoordinatorsAndVenueStaffReadPassportsAndMentorsRecordsOthersDoNot() throws Exception {
		for (String path : readPaths()) {
			for (Role role : READERS) {
				this.mvc.perform(as(get(path), this.organisation, role)).andExpect(status().isOk());
			}
			for (Role role : NOT_READERS) {
				this.mvc.perform(as(get(path), this.organisation, role)).andExpect(status().isForbidden());
			}
		}
		this.mvc.perform(get("/api/v1/people/" + this.senior + "/passport")).andExpect(status().isUnauthorized());
	}

	@Test
	void onlyAdminsAndCoordinatorsFollowAProgrammeUpAndRecordTraining() throws Exception {
		for (String path : followUpPaths()) {
			for (Role role : List.of(Role.ADMIN, Role.COORDINATOR)) {
				this.mvc.perform(as(get(path), this.organisation, role)).andExpect(status().isOk());
			}
			for (Role role : NOT_RUNNERS) {
				this.mvc.perform(as(get(path), this.organisation, role)).andExpect(status().isForbidden());
			}
		}
		for (Role role : NOT_RUNNERS) {
			this.mvc.perform(trainingRequest(role, "{\"date\":\"2026-01-10\",\"hours\":2,\"what\":\"Kurs\"}"))
				.andExpect(status().isForbidden());
			this.mvc
				.perform(as(post("/people/" + this.mentor + "/training"), this.organisation, role).with(csrf())
					.param("date", "2026-01-10")
					.param("hours", "2")
					.param("what", "Kurs"))
				.andExpect(status().isForbidden());
		}
		assertThat(this.logged.programme.as(() -> this.people.get(this.mentor))).isNotNull();
	}

	@Test
	void anotherOrganisationFindsNoneOfIt() throws Exception {
		for (String path : concat(readPaths(), followUpPaths())) {
			this.mvc.perform(as(get(path), this.stranger, Role.ADMIN)).andExpect(status().isNotFound());
		}
		this.mvc
			.perform(post("/api/v1/people/" + this.mentor + "/training")
				.header("Authorization", this.stranger.bearer(Role.COORDINATOR))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"date\":\"2026-01-10\",\"hours\":2,\"what\":\"Kurs\"}"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(as(post("/people/" + this.mentor + "/training"), this.stranger, Role.COORDINATOR).with(csrf())
				.param("date", "2026-01-10")
				.param("hours", "2")
				.param("what", "Kurs"))
			.andExpect(status().isNotFound());
	}

	@Test
	void aPersonOfTheWrongKindIsNotFound() throws Exception {
		this.mvc.perform(as(get("/api/v1/people/" + this.mentor + "/passport"), this.organisation, Role.COORDINATOR))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(as(get("/api/v1/people/" + this.senior + "/mentor-summary"), this.organisation, Role.COORDINATOR))
			.andExpect(status().isNotFound());
	}

	@Test
	void thePassportPageTellsEachLevelInWordsAndLinksTheCard() throws Exception {
		this.mvc.perform(as(get("/people/" + this.senior + "/passport"), this.organisation, Role.VENUE_STAFF))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Lärandepass: Astrid Berg")))
			.andExpect(content().string(containsString(this.send.title().sv())))
			.andExpect(content().string(containsString("På egen hand")))
			.andExpect(content().string(containsString("Inte ännu")))
			.andExpect(content().string(containsString("/people/" + this.senior + "/passport.pdf")));
		this.mvc.perform(as(get("/people/" + this.senior + "/passport.pdf"), this.organisation, Role.COORDINATOR))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andExpect(header().string("Content-Language", "sv"))
			.andExpect(header().string("Cache-Control", containsString("no-store")));
		this.mvc.perform(as(get("/seniors/" + this.senior), this.organisation, Role.COORDINATOR))
			.andExpect(content().string(containsString("/people/" + this.senior + "/passport")));
		this.mvc.perform(as(get("/programmes/" + this.logged.programme.programme), this.organisation, Role.COORDINATOR))
			.andExpect(
					content().string(containsString("/programmes/" + this.logged.programme.programme + "/follow-up")));
	}

	@Test
	void thePassportApiGivesLevelsAndHistory() throws Exception {
		this.mvc
			.perform(get("/api/v1/people/" + this.senior + "/passport").header("Authorization",
					this.organisation.bearer(Role.COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Astrid Berg"))
			.andExpect(jsonPath("$.topics[0].code").value("swish"))
			.andExpect(jsonPath("$.topics[0].steps[0].id").value(this.send.id().toString()))
			.andExpect(jsonPath("$.topics[0].steps[0].level").value("ON_MY_OWN"))
			.andExpect(jsonPath("$.topics[0].steps[0].history[0].date").value(this.logged.tuesday(0).toString()))
			.andExpect(jsonPath("$.topics[0].steps[1].level").value("NOT_YET"));
	}

	@Test
	void aMentorsFiguresAndTrainingThroughTheApiAndThePages() throws Exception {
		String today = LocalDate.ofInstant(this.clock.instant(), LoggedSessions.STOCKHOLM).toString();
		this.mvc
			.perform(trainingRequest(Role.COORDINATOR,
					"{\"date\":\"" + today + "\",\"hours\":1.5,\"what\":\"Bedrägerikurs\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.hours").value(1.5));
		this.mvc
			.perform(as(post("/people/" + this.mentor + "/training"), this.organisation, Role.ADMIN).with(csrf())
				.param("date", today)
				.param("hours", "2,25")
				.param("what", "Första hjälpen"))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", "/people/" + this.mentor + "/mentor-summary#training"));

		this.mvc
			.perform(get("/api/v1/people/" + this.mentor + "/mentor-summary").header("Authorization",
					this.organisation.bearer(Role.VENUE_STAFF)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sessions").value(1))
			.andExpect(jsonPath("$.sessionMinutes").value(90))
			.andExpect(jsonPath("$.sessionHours").value(1.5))
			.andExpect(jsonPath("$.seniors").value(1))
			.andExpect(jsonPath("$.topics[0].sv").value("Swish"))
			.andExpect(jsonPath("$.trainingHours").value(3.75));
		this.mvc
			.perform(as(get("/people/" + this.mentor + "/mentor-summary"), this.organisation, Role.COORDINATOR)
				.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"mentor-summary\"")))
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString("3,75")));
		this.mvc.perform(as(get("/people/" + this.mentor + "/mentor-summary"), this.organisation, Role.COORDINATOR))
			.andExpect(content().string(containsString("Första hjälpen")))
			.andExpect(content().string(containsString("Bedrägerikurs")));
	}

	@Test
	void badTrainingIsNamedByFieldNeverA500() throws Exception {
		this.mvc.perform(trainingRequest(Role.COORDINATOR, "{\"hours\":0.1,\"what\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'date')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'hours')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'what')]").exists());
		this.mvc.perform(trainingRequest(Role.COORDINATOR, "{\"date\":\"2026-01-10\",\"hours\":1.1,\"what\":\"Kurs\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("hours"))
			.andExpect(jsonPath("$.errors[0].rule").value("HoursOutOfRange"));
		this.mvc.perform(trainingRequest(Role.COORDINATOR, "{\"date\":\"10 januari\",\"hours\":1,\"what\":\"Kurs\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("date"));
		this.mvc
			.perform(as(post("/people/" + this.mentor + "/training"), this.organisation, Role.COORDINATOR).with(csrf())
				.param("date", "2026-01-10")
				.param("hours", "en timme")
				.param("what", "Kurs"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"hours-error\"")))
			.andExpect(content().string(containsString("Ange timmarna i kvartstimmar")));
		this.mvc
			.perform(as(post("/people/" + this.mentor + "/training"), this.organisation, Role.COORDINATOR).with(csrf())
				.param("date", "10 januari")
				.param("hours", "1")
				.param("what", "Kurs"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"date-error\"")));
		this.mvc
			.perform(get("/api/v1/programmes/" + this.logged.programme.programme + "/follow-up/no-shows?size=500")
				.header("Authorization", this.organisation.bearer(Role.COORDINATOR)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("size"));
		this.mvc
			.perform(get("/api/v1/people/not-an-id/passport").header("Authorization",
					this.organisation.bearer(Role.COORDINATOR)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("personId"));
		assertThat(this.logged.programme.as(() -> this.people.get(this.mentor))).isNotNull();
	}

	MockHttpServletRequestBuilder trainingRequest(Role role, String body) {
		return post("/api/v1/people/" + this.mentor + "/training")
			.header("Authorization", this.organisation.bearer(role))
			.header("Accept-Language", "sv")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
	}

	static List<String> concat(List<String> first, List<String> second) {
		return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
	}

}

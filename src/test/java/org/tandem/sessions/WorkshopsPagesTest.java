package org.tandem.sessions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tandem.matching.Pairs;
import org.tandem.organisations.Organisations;
import org.tandem.organisations.TestOrganisations;
import org.tandem.people.People;
import org.tandem.people.PersonId;
import org.tandem.programmes.Programmes;
import org.tandem.system.Role;
import org.tandem.testing.MutableClock;
import org.tandem.testing.TandemTest;
import org.tandem.venues.Venues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The workshop pages: planning a workshop from the programme's week with its mentors
 * found by a search, signing seniors up to the seats and then the waiting list, a
 * cancellation moving the first in line up, every refusal shown next to its field in
 * Swedish and English, and who may do what.
 */
@TandemTest
class WorkshopsPagesTest {

	static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);

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
	Workshops workshops;

	@Autowired
	MutableClock clock;

	Instant clockBefore;

	PlannableProgramme programme;

	PersonId eva;

	PersonId frans;

	PersonId astrid;

	PersonId bengt;

	PersonId cecilia;

	RequestPostProcessor coordinator;

	@BeforeEach
	void aProgrammeWithMentorsAndSeniors() {
		this.clockBefore = this.clock.set(PlannableProgramme.NOW);
		this.programme = PlannableProgramme.in(this.testOrganisations.create("Skellefteå"), this.organisations,
				this.programmes, this.venues, this.people, this.pairs);
		this.eva = this.programme.mentor("Eva", "Holm");
		this.frans = this.programme.mentor("Frans", "Nilsson");
		this.astrid = this.programme.senior("Astrid", "Berg");
		this.bengt = this.programme.senior("Bengt", "Ek");
		this.cecilia = this.programme.senior("Cecilia", "Lund");
		this.coordinator = user(this.programme.organisation.principal(Role.COORDINATOR));
	}

	@AfterEach
	void setTheClockBack() {
		this.clock.set(this.clockBefore);
	}

	String largeRoom() {
		return this.programme.library.id() + "/" + this.programme.largeRoom().id();
	}

	MockHttpServletRequestBuilder planning() {
		return planningWithout();
	}

	/** The workshop form filled in well, but for the fields left out. */
	MockHttpServletRequestBuilder planningWithout(String... left) {
		MockHttpServletRequestBuilder request = post("/programmes/" + this.programme.programme + "/workshops")
			.with(this.coordinator)
			.with(csrf());
		String[][] fields = { { "title", "Akta dig för bedragare" },
				{ "mentorIds", this.eva.toString(), this.frans.toString() }, { "capacity", "2" }, { "place", "VENUE" },
				{ "room", largeRoom() }, { "day", TUESDAY.toString() }, { "start", "10:00" }, { "end", "12:00" },
				{ "repeat", "ONCE" } };
		for (String[] values : fields) {
			if (!List.of(left).contains(values[0])) {
				request.param(values[0], java.util.Arrays.copyOfRange(values, 1, values.length));
			}
		}
		return request;
	}

	Session aWorkshop(int seats) {
		return this.programme.as(() -> this.workshops
			.plan(new WorkshopPlan(this.programme.programme, "Akta dig för bedragare", List.of(this.eva), seats,
					this.programme.inLargeRoom(), Schedule.single(TUESDAY, LocalTime.of(10, 0), LocalTime.of(12, 0)))));
	}

	ResultActions signUp(Session workshop, PersonId senior, RequestPostProcessor who) throws Exception {
		return this.mvc.perform(post("/workshops/" + workshop.id() + "/participants").with(who)
			.with(csrf())
			.cookie(new Cookie("tandem-language", "sv"))
			.param("seniorId", senior.toString()));
	}

	@Test
	void aWeeklyWorkshopIsPlannedFromTheWeekAndShownBesideOneToOneSessions() throws Exception {
		this.mvc
			.perform(get("/programmes/" + this.programme.programme + "/sessions?week=2026-11-30").with(this.coordinator)
				.cookie(new Cookie("tandem-language", "sv")))
			.andExpect(content().string(containsString(
					"/programmes/" + this.programme.programme + "/workshops/new?day=2026-11-30\">Ny workshop")));
		this.mvc
			.perform(get("/programmes/" + this.programme.programme + "/workshops/mentors").with(this.coordinator)
				.cookie(new Cookie("tandem-language", "sv"))
				.param("mentorSearch", "Frans")
				.param("mentorIds", this.eva.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Frans Nilsson, född 1995, Skellefteå")))
			.andExpect(content().string(containsString("1 aktiv mentor matchar.")))
			.andExpect(content().string(matchesPattern("(?s).*value=\"" + this.eva + "\" checked.*")));

		String location = this.mvc.perform(
				planningWithout("repeat").param("repeat", "WEEKLY").param("count", "3").param("skipped", "2026-12-08"))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", matchesPattern("/workshops/[0-9a-f-]{36}")))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		this.mvc.perform(get(location).with(this.coordinator).cookie(new Cookie("tandem-language", "sv")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Eva Holm, Frans Nilsson")))
			.andExpect(content().string(containsString("0 av 2 tagna, 2 kvar")))
			.andExpect(content().string(containsString("Överhoppad")));
		this.mvc
			.perform(get("/programmes/" + this.programme.programme + "/sessions?week=2026-11-30")
				.with(user(this.programme.organisation.principal(Role.VENUE_STAFF)))
				.cookie(new Cookie("tandem-language", "sv")))
			.andExpect(content().string(containsString("Workshop:")))
			.andExpect(content().string(containsString("href=\"" + location + "\">Akta dig för bedragare")));
	}

	@Test
	void seniorsGetTheSeatsThenWaitInLineAndACancellationMovesTheFirstUp() throws Exception {
		Session workshop = aWorkshop(2);
		RequestPostProcessor venueStaff = user(this.programme.organisation.principal(Role.VENUE_STAFF));

		signUp(workshop, this.astrid, this.coordinator)
			.andExpect(flash().attribute("done", "Astrid Berg har fått en plats."));
		signUp(workshop, this.bengt, venueStaff).andExpect(flash().attribute("done", "Bengt Ek har fått en plats."));
		signUp(workshop, this.cecilia, this.coordinator)
			.andExpect(flash().attribute("done", "Alla platser är tagna: Cecilia Lund är nummer 1 på väntelistan."));
		this.mvc
			.perform(get("/workshops/" + workshop.id()).with(venueStaff).cookie(new Cookie("tandem-language", "sv")))
			.andExpect(content().string(containsString("2 av 2 tagna, 0 kvar")))
			.andExpect(content().string(containsString("id=\"waiting-" + this.cecilia + "\"")))
			.andExpect(content().string(containsString("Alla platser är tagna: seniorn hamnar på väntelistan.")));

		this.mvc
			.perform(post("/workshops/" + workshop.id() + "/participants/" + this.astrid + "/cancel").with(venueStaff)
				.with(csrf())
				.cookie(new Cookie("tandem-language", "sv")))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("done",
					"Astrid Berg är inte längre anmäld. Cecilia Lund har flyttats upp från väntelistan och fått en plats."));

		String page = this.mvc.perform(get("/workshops/" + workshop.id()).with(this.coordinator))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"booked-" + this.cecilia + "\"", "id=\"booked-" + this.bengt + "\"")
			.doesNotContain("id=\"waiting-", "id=\"booked-" + this.astrid + "\"");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					sv | title     |                                        | title-error       | Ge träffen en rubrik.
					en | title     |                                        | title-error       | Give the session a title.
					sv | mentorIds |                                        | mentorIds-error   | Välj minst en mentor.
					en | mentorIds |                                        | mentorIds-error   | Choose at least one mentor.
					sv | capacity  | 12                                     | room-error        | Stora rummet, Kåge bibliotek rymmer 12 personer, men 14 ska delta.
					en | capacity  | 12                                     | room-error        | Stora rummet, Kåge bibliotek holds 12 people, but 14 take part.
					sv | capacity  | två                                    | capacity-error    | Skriv platserna som ett heltal.
					en | capacity  | two                                    | capacity-error    | Enter the seats as a whole number.
					sv | end       | 19:00                                  | start-error       | Kåge bibliotek har inte öppet
					en | end       | 19:00                                  | start-error       | Kåge bibliotek is not open on
					sv | day       | 2028-01-04                             | day-error         | ligger utanför programmets period
					en | day       | 2028-01-04                             | day-error         | is outside the programme&#39;s term
					sv | place     | ONLINE                                 | meetingLink-error | Ange mötets webbadress
					en | place     | ONLINE                                 | meetingLink-error | Give the meeting&#39;s web address
					sv | skipped   | 8 december                             | skipped-error     | &quot;8&quot; är inget datum
					en | skipped   | 8 december                             | skipped-error     | &quot;8&quot; is not a date
					""")
	void eachRefusalIsShownNextToItsField(String language, String field, String value, String errorId, String message)
			throws Exception {
		MockHttpServletRequestBuilder request = planningWithout(field, "repeat")
			.cookie(new Cookie("tandem-language", language))
			.param("repeat", "WEEKLY")
			.param("count", "2");
		if (value != null) {
			request.param(field, value);
		}

		String page = this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).containsPattern("id=\"" + errorId + "\">[^<]*" + java.util.regex.Pattern.quote(message));
		assertThat(this.programme.as(() -> this.sessions
			.occurrences(new OccurrenceQuery(this.programme.programme, null, null,
					TUESDAY.minusDays(1).atStartOfDay(this.sessions.timeZone()).toInstant(),
					TUESDAY.plusYears(2).atStartOfDay(this.sessions.timeZone()).toInstant(), true, 0, 10))
			.totalItems())).as("nothing written").isZero();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			sv | Eva Holm har redan &quot;BankID&quot; tisdag 1 december 11:00–12:00.
			en | Eva Holm already has &quot;BankID&quot; on Tuesday 1 December 11:00–12:00.
			""")
	void aMentorsClashIsShownNextToTheStart(String language, String message) throws Exception {
		this.programme
			.as(() -> this.sessions.plan(new OneToOnePlan(this.programme.pair(this.astrid, this.eva), "BankID",
					this.programme.inStudyRoom(), Schedule.single(TUESDAY, LocalTime.of(11, 0), LocalTime.of(12, 0)))));

		this.mvc.perform(planning().cookie(new Cookie("tandem-language", language)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"start-error\">" + message)));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			sv | Astrid Berg har redan &quot;BankID&quot; tisdag 1 december 11:00–12:00. | Välj en senior.
			en | Astrid Berg already has &quot;BankID&quot; on Tuesday 1 December 11:00–12:00. | Choose a senior.
			""")
	void aSignUpRefusedIsShownNextToTheSenior(String language, String busy, String missing) throws Exception {
		Session workshop = aWorkshop(2);
		PersonId ali = this.programme.mentor("Ali", "Lindqvist");
		this.programme.as(() -> this.sessions.plan(new OneToOnePlan(this.programme.pair(this.astrid, ali), "BankID",
				this.programme.inStudyRoom(), Schedule.single(TUESDAY, LocalTime.of(11, 0), LocalTime.of(12, 0)))));

		this.mvc
			.perform(post("/workshops/" + workshop.id() + "/participants").with(this.coordinator)
				.with(csrf())
				.cookie(new Cookie("tandem-language", language))
				.param("seniorId", this.astrid.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"seniorId-error\">" + busy)));
		this.mvc
			.perform(post("/workshops/" + workshop.id() + "/participants").with(this.coordinator)
				.with(csrf())
				.cookie(new Cookie("tandem-language", language))
				.param("seniorSearch", "Ast"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"seniorId-error\">" + missing)))
			.andExpect(content().string(containsString("Astrid Berg")));
		assertThat(this.programme.as(() -> this.sessions.get(workshop.id()).seniors())).isEmpty();
	}

	@Test
	void mentorsSeniorsAndAnalystsCannotPlanSeeOrSignUp() throws Exception {
		Session workshop = aWorkshop(2);
		for (Role role : new Role[] { Role.MENTOR, Role.SENIOR, Role.ANALYST }) {
			RequestPostProcessor who = user(this.programme.organisation.principal(role));
			for (MockHttpServletRequestBuilder request : everyEndpoint(workshop)) {
				this.mvc.perform(request.with(who).with(csrf())).andExpect(status().isForbidden());
			}
		}
		RequestPostProcessor venueStaff = user(this.programme.organisation.principal(Role.VENUE_STAFF));
		for (MockHttpServletRequestBuilder request : everyEndpoint(workshop).subList(0, 3)) {
			this.mvc.perform(request.with(venueStaff).with(csrf())).andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/workshops/" + workshop.id()).with(venueStaff))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/occurrences/"))));
		this.mvc.perform(get("/workshops/" + workshop.id() + "/seniors").with(venueStaff)).andExpect(status().isOk());
		assertThat(this.programme.as(() -> this.sessions.get(workshop.id()).seniors())).isEmpty();
	}

	@Test
	void anotherOrganisationFindsNoWorkshop() throws Exception {
		Session workshop = aWorkshop(2);
		RequestPostProcessor outsider = user(this.testOrganisations.create("Umeå").principal(Role.COORDINATOR));

		for (MockHttpServletRequestBuilder request : everyEndpoint(workshop)) {
			this.mvc.perform(request.with(outsider).with(csrf())).andExpect(status().isNotFound());
		}
		assertThat(this.programme.as(() -> this.sessions.get(workshop.id()).seniors())).isEmpty();
	}

	/** Every workshop page and form, the planners' first. */
	List<MockHttpServletRequestBuilder> everyEndpoint(Session workshop) {
		String programme = "/programmes/" + this.programme.programme;
		String page = "/workshops/" + workshop.id();
		return List.of(get(programme + "/workshops/new"), get(programme + "/workshops/mentors?mentorSearch=Eva"),
				post(programme + "/workshops").param("title", "Akta dig")
					.param("mentorIds", this.eva.toString())
					.param("capacity", "2")
					.param("place", "VENUE")
					.param("room", largeRoom())
					.param("day", "2026-12-02")
					.param("start", "10:00")
					.param("end", "12:00")
					.param("repeat", "ONCE"),
				get(page), get(page + "/seniors?seniorSearch=Ast"),
				post(page + "/participants").param("seniorId", this.astrid.toString()),
				post(page + "/participants/" + this.astrid + "/cancel"));
	}

}

package org.tandem.sessions;

import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tandem.matching.PairId;
import org.tandem.matching.Pairs;
import org.tandem.organisations.Organisations;
import org.tandem.organisations.TestOrganisations;
import org.tandem.people.People;
import org.tandem.programmes.Programmes;
import org.tandem.system.Role;
import org.tandem.testing.MutableClock;
import org.tandem.testing.TandemTest;
import org.tandem.venues.Venues;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The sessions pages: a programme's week, planning a pair's session from a proposed time
 * or a time of one's own with a refusal shown on the form, and who may see them.
 */
@TandemTest
class SessionsPagesTest {

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
	MutableClock clock;

	Instant clockBefore;

	PlannableProgramme programme;

	PairId pair;

	RequestPostProcessor coordinator;

	@BeforeEach
	void aPair() {
		this.clockBefore = this.clock.set(PlannableProgramme.NOW);
		this.programme = PlannableProgramme.in(this.testOrganisations.create("Boden"), this.organisations,
				this.programmes, this.venues, this.people, this.pairs);
		this.pair = this.programme.pair(this.programme.senior("Astrid", "Berg"),
				this.programme.mentor("Ali", "Lindqvist"));
		this.coordinator = user(this.programme.organisation.principal(Role.COORDINATOR));
	}

	@AfterEach
	void setTheClockBack() {
		this.clock.set(this.clockBefore);
	}

	@Test
	void aProposedTimeIsPlannedAndShownInTheWeek() throws Exception {
		this.mvc
			.perform(get("/pairs/" + this.pair + "/sessions/new?from=2026-11-30").with(this.coordinator)
				.header("Accept-Language", "sv"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tisdag 1 december 13:00–14:00, Studierummet, Kåge bibliotek")));
		String choice = "2026-12-01|13:00|14:00|" + this.programme.library.id() + "/" + this.programme.studyRoom().id();

		String location = this.mvc
			.perform(post("/pairs/" + this.pair + "/sessions").with(this.coordinator)
				.with(csrf())
				.param("title", "Hjälp med BankID")
				.param("choice", choice)
				.param("weekly", "true")
				.param("count", "2"))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", matchesPattern("/sessions/[0-9a-f-]{36}")))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		this.mvc.perform(get(location).with(this.coordinator).header("Accept-Language", "sv"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hjälp med BankID")));
		this.mvc
			.perform(get("/programmes/" + this.programme.programme + "/sessions?week=2026-12-07")
				.with(user(this.programme.organisation.principal(Role.VENUE_STAFF)))
				.header("Accept-Language", "sv"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("En träff planerad den här veckan")))
			.andExpect(content().string(containsString("Hjälp med BankID")));
	}

	@Test
	void aTimeOfOnesOwnThatClashesIsRefusedOnTheForm() throws Exception {
		String room = this.programme.library.id() + "/" + this.programme.studyRoom().id();
		this.mvc
			.perform(post("/pairs/" + this.pair + "/sessions").with(this.coordinator)
				.with(csrf())
				.param("title", "BankID")
				.param("choice", "other")
				.param("day", "2026-12-01")
				.param("start", "14:00")
				.param("end", "15:00")
				.param("room", room))
			.andExpect(status().isFound());

		this.mvc
			.perform(post("/pairs/" + this.pair + "/sessions").with(this.coordinator)
				.with(csrf())
				.header("Accept-Language", "sv")
				.param("choice", "other")
				.param("day", "2026-12-01")
				.param("start", "14:30")
				.param("end", "15:30")
				.param("room", room))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("Ali Lindqvist har redan &quot;BankID&quot; tisdag 1 december 14:00–15:00.")));
	}

	@Autowired
	SessionRepository repository;

	@Test
	void aWeekWithMoreMeetingsThanAPageIsPagedAndSaysSo() throws Exception {
		java.time.ZoneId zone = java.time.ZoneId.of("Europe/Stockholm");
		java.time.LocalDate tuesday = java.time.LocalDate.of(2026, 12, 1);
		int meetings = OccurrenceQuery.MAX_SIZE + 1;
		this.programme.as(() -> {
			for (int i = 0; i < meetings; i++) {
				SessionId id = new SessionId(java.util.UUID.randomUUID());
				java.time.Instant start = tuesday.atTime(9, 0).atZone(zone).toInstant().plusSeconds(60L * i);
				Location online = Location.online("https://meet.example.se/" + i);
				String title = "Möte %03d".formatted(i + 1);
				this.repository.insert(
						new Session(id, this.programme.programme, SessionKind.ONE_TO_ONE, null, title, null, online,
								Schedule
									.single(tuesday, start.atZone(zone).toLocalTime(),
											start.atZone(zone).toLocalTime().plusMinutes(30)),
								zone, java.util.List.of(),
								java.util.List.of(new Occurrence(new OccurrenceId(java.util.UUID.randomUUID()), id,
										this.programme.programme, SessionKind.ONE_TO_ONE, title, 0, start, start,
										start.plusSeconds(1800), online, OccurrenceStatus.PLANNED, null, 0))),
						null, start);
			}
			return null;
		});
		String week = "/programmes/" + this.programme.programme + "/sessions?week=2026-11-30";

		this.mvc.perform(get(week).with(this.coordinator).header("Accept-Language", "sv"))
			.andExpect(content().string(containsString("501 träffar planerade den här veckan")))
			.andExpect(content().string(containsString("Träff 1–500 av 501 den här veckan visas.")))
			.andExpect(content().string(containsString("Möte 500")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Möte 501"))))
			.andExpect(content().string(containsString("week=2026-11-30&amp;page=1")));
		this.mvc.perform(get(week + "&page=1").with(this.coordinator).header("Accept-Language", "sv"))
			.andExpect(content().string(containsString("Träff 501–501 av 501 den här veckan visas.")))
			.andExpect(content().string(containsString("Möte 501")));
	}

	@Test
	void mentorsAndAnalystsDoNotSeeSessionPages() throws Exception {
		for (Role role : new Role[] { Role.MENTOR, Role.ANALYST, Role.SENIOR }) {
			this.mvc
				.perform(get("/programmes/" + this.programme.programme + "/sessions")
					.with(user(this.programme.organisation.principal(role))))
				.andExpect(status().isForbidden());
		}
		this.mvc
			.perform(get("/pairs/" + this.pair + "/sessions/new")
				.with(user(this.programme.organisation.principal(Role.VENUE_STAFF))))
			.andExpect(status().isForbidden());
	}

}

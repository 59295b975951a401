package org.tandem.sessions;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tandem.matching.PairId;
import org.tandem.matching.Pairs;
import org.tandem.organisations.Organisations;
import org.tandem.organisations.TestOrganisation;
import org.tandem.organisations.TestOrganisations;
import org.tandem.organisations.Users;
import org.tandem.people.People;
import org.tandem.people.PersonId;
import org.tandem.programmes.Programmes;
import org.tandem.system.CurrentUser;
import org.tandem.system.Role;
import org.tandem.testing.MutableClock;
import org.tandem.testing.TandemTest;
import org.tandem.venues.Venues;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "My sessions": a mentor linked to their person sees their own meetings of the next and
 * the last 14 days, with the place and the others' first names, and a link to log each
 * past one; never another mentor's; a senior sees what is coming; an account not linked
 * is told to ask the coordinator; other roles are refused. The same in the API.
 */
@TandemTest
class MySessionsTest {

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
	Users users;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	MutableClock clock;

	PlannableProgramme programme;

	TestOrganisation org;

	PersonId ali;

	PersonId astrid;

	LocalDate tuesday;

	@BeforeEach
	void aMentorWithAWeeklySession() {
		this.org = this.testOrganisations.create("Skellefteå");
		this.programme = PlannableProgramme.in(this.org, this.organisations, this.programmes, this.venues, this.people,
				this.pairs, PlannableProgramme.around(this.clock));
		this.astrid = this.programme.senior("Astrid", "Berg");
		this.ali = this.programme.mentor("Ali", "Lindqvist");
		PairId pair = this.programme.pair(this.astrid, this.ali);
		this.tuesday = this.programme.as(() -> this.sessions.today()).with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
		this.programme
			.as(() -> this.sessions.plan(new OneToOnePlan(pair, "Hjälp med BankID", this.programme.inStudyRoom(),
					Schedule.weekly(this.tuesday, LocalTime.of(13, 0), LocalTime.of(14, 0), 1, null, 2, Set.of()))));
	}

	void link(Role role, PersonId person) {
		this.organisations.actFor(this.org.organisation(),
				() -> this.users.linkPerson(this.org.user(role).id(), person.value()));
	}

	RequestPostProcessor signedIn(Role role) {
		return user((CurrentUser) this.accounts.loadUserByUsername(this.org.user(role).username()));
	}

	String day(LocalDate date) {
		String text = date.format(DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.forLanguageTag("sv")));
		return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
	}

	@Test
	void aLinkedMentorSeesTheirNextMeetingsWithThePlaceAndTheSeniorsFirstName() throws Exception {
		link(Role.MENTOR, this.ali);

		this.mvc.perform(get("/my/sessions").with(signedIn(Role.MENTOR)).header("Accept-Language", "sv"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kommande, de närmaste 14 dagarna")))
			.andExpect(content().string(containsString(day(this.tuesday))))
			.andExpect(content().string(containsString("13:00–14:00")))
			.andExpect(content().string(containsString("Studierummet, Kåge bibliotek")))
			.andExpect(content().string(containsString("Astrid (senior)")))
			.andExpect(content().string(not(containsString("Berg"))))
			.andExpect(content().string(not(containsString("Logga träffen"))));
	}

	@Test
	void aPastMeetingCarriesTheLinkToLogIt() throws Exception {
		link(Role.MENTOR, this.ali);
		OccurrenceId first = this.programme
			.as(() -> this.sessions.scheduleOf(this.ali,
					this.tuesday.atStartOfDay(this.sessions.timeZone()).toInstant(),
					this.tuesday.plusDays(1).atStartOfDay(this.sessions.timeZone()).toInstant()))
			.occurrences()
			.get(0)
			.occurrence()
			.id();
		Duration ahead = Duration.between(this.clock.instant(),
				this.tuesday.plusDays(1).atStartOfDay(this.programme.as(() -> this.sessions.timeZone())).toInstant());
		this.clock.advance(ahead);
		try {
			this.mvc.perform(get("/my/sessions").with(signedIn(Role.MENTOR)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("De senaste 14 dagarna")))
				.andExpect(content().string(containsString("Logga träffen")))
				.andExpect(content().string(containsString("/sessions/occurrences/" + first + "/log")));
			this.mvc.perform(get("/api/v1/me/sessions").with(signedIn(Role.MENTOR)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.items[0].logPath").value("/sessions/occurrences/" + first + "/log"))
				.andExpect(jsonPath("$.items[1].logPath").doesNotExist());
		}
		finally {
			this.clock.advance(ahead.negated());
		}
	}

	@Test
	void aMentorNeverSeesAnotherMentorsSessions() throws Exception {
		PersonId bodil = this.programme.mentor("Bodil", "Ek");
		PersonId gunnar = this.programme.senior("Gunnar", "Holm");
		PairId other = this.programme.pair(gunnar, bodil);
		this.programme.as(() -> this.sessions.plan(new OneToOnePlan(other, "Swish", this.programme.inLargeRoom(),
				Schedule.single(this.tuesday, LocalTime.of(15, 0), LocalTime.of(16, 0)))));
		link(Role.MENTOR, this.ali);

		this.mvc.perform(get("/my/sessions").with(signedIn(Role.MENTOR)).header("Accept-Language", "sv"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hjälp med BankID")))
			.andExpect(content().string(not(containsString("Swish"))))
			.andExpect(content().string(not(containsString("Gunnar"))));
		this.mvc.perform(get("/api/v1/me/sessions").with(signedIn(Role.MENTOR)).param("personId", bodil.toString()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.personId").value(this.ali.toString()))
			.andExpect(jsonPath("$.items.length()").value(2))
			.andExpect(jsonPath("$.items[0].occurrence.title").value("Hjälp med BankID"))
			.andExpect(jsonPath("$.items[0].others[0].firstName").value("Astrid"))
			.andExpect(jsonPath("$.items[0].others[0].lastName").doesNotExist())
			.andExpect(jsonPath("$.items[0].venueName").value("Kåge bibliotek"))
			.andExpect(jsonPath("$.items[0].roomName").value("Studierummet"));
	}

	@Test
	void aMentorNotLinkedIsToldToAskTheCoordinator() throws Exception {
		this.mvc.perform(get("/my/sessions").with(signedIn(Role.MENTOR)).header("Accept-Language", "sv"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Be din samordnare att koppla ditt konto.")));
		this.mvc.perform(get("/api/v1/me/sessions").with(signedIn(Role.MENTOR)).header("Accept-Language", "en"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value(containsString("Ask your coordinator to link your account.")));
	}

	@Test
	void aLinkedSeniorSeesWhatIsComingInLargeText() throws Exception {
		link(Role.SENIOR, this.astrid);

		this.mvc.perform(get("/my/sessions").with(signedIn(Role.SENIOR)).header("Accept-Language", "sv"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("large-text")))
			.andExpect(content().string(containsString("Ali (mentor)")))
			.andExpect(content().string(not(containsString("De senaste 14 dagarna"))));
	}

	@Test
	void rolesWithoutSessionsOfTheirOwnAreRefused() throws Exception {
		for (Role role : new Role[] { Role.COORDINATOR, Role.ANALYST, Role.ADMIN, Role.VENUE_STAFF }) {
			this.mvc.perform(get("/my/sessions").with(signedIn(role))).andExpect(status().isForbidden());
			this.mvc.perform(get("/api/v1/me/sessions").header("Authorization", this.org.bearer(role)))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void aPeriodTooLongOrBackwardsIsRefusedNamingTheField() throws Exception {
		link(Role.MENTOR, this.ali);

		this.mvc
			.perform(get("/api/v1/me/sessions").header("Authorization", this.org.bearer(Role.MENTOR))
				.header("Accept-Language", "en")
				.param("from", "2026-01-01")
				.param("to", "2026-12-31"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("to"))
			.andExpect(jsonPath("$.errors[0].rule").value("RangeTooLong"))
			.andExpect(jsonPath("$.errors[0].message").value("A period has at most 93 days."));
		this.mvc
			.perform(get("/api/v1/me/sessions").header("Authorization", this.org.bearer(Role.MENTOR))
				.param("from", "2026-12-10")
				.param("to", "2026-12-01"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("to"));
		this.mvc
			.perform(get("/api/v1/me/sessions").header("Authorization", this.org.bearer(Role.MENTOR))
				.param("from", "1 december"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("from"));
	}

}

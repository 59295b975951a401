package org.tandem.sessions;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tandem.matching.Pairs;
import org.tandem.organisations.Organisations;
import org.tandem.organisations.TestOrganisation;
import org.tandem.organisations.TestOrganisations;
import org.tandem.organisations.Users;
import org.tandem.people.ContactChannel;
import org.tandem.people.People;
import org.tandem.people.PersonId;
import org.tandem.programmes.Programmes;
import org.tandem.system.CurrentUser;
import org.tandem.system.Role;
import org.tandem.testing.TandemTest;
import org.tandem.venues.Address;
import org.tandem.venues.RoomDetails;
import org.tandem.venues.Venue;
import org.tandem.venues.VenueDetails;
import org.tandem.venues.VenueKind;
import org.tandem.venues.Venues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The venue staff's daily list, page and API: on a Tuesday at Kåge library a one-to-one
 * session with a senior reached by SMS, a workshop with a senior reached through the
 * venue's staff, one by post and one by phone (told in person, the last with her number),
 * a meeting moved to another library and one cancelled with a reason; a meeting at the
 * other library and one a week later are not on it. Coordinators and the library's own
 * staff see it; staff of another venue, mentors and another organisation do not; a day
 * that is not a day is named.
 */
@TandemTest
class DayListTest {

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
	Clock clock;

	@Autowired
	Sessions sessions;

	@Autowired
	Workshops workshops;

	@Autowired
	Users users;

	@Autowired
	UserDetailsService accounts;

	PlannableProgramme programme;

	TestOrganisation org;

	Venue town;

	LocalDate tuesday;

	String path;

	@BeforeEach
	void aTuesdayAtTheLibrary() {
		this.org = this.testOrganisations.create("Skellefteå");
		this.programme = PlannableProgramme.in(this.org, this.organisations, this.programmes, this.venues, this.people,
				this.pairs, PlannableProgramme.around(this.clock));
		this.town = this.programme.as(() -> this.venues.create(new VenueDetails("Stadsbiblioteket", VenueKind.LIBRARY,
				new Address("Kanalgatan 4", "93131", "Skellefteå", "Skellefteå"), null, null,
				List.of(new RoomDetails(null, "Läsesalen", 4)),
				PlannableProgramme.weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0)), Set.of(), null, null,
				Set.of(this.programme.programme))));
		this.tuesday = this.programme.as(() -> this.sessions.today()).with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
		this.path = "/venues/" + this.programme.library.id() + "/day";

		PersonId astrid = this.programme.senior("Astrid", "Berg");
		plan(astrid, this.programme.mentor("Ali", "Lindqvist"), "Hjälp med BankID", 13, 2,
				this.programme.inStudyRoom());

		PersonId bodil = this.programme.mentor("Bodil", "Ek");
		SessionId workshop = this.programme.as(
				() -> this.workshops
					.plan(new WorkshopPlan(this.programme.programme, "Akta dig för bedragare", List.of(bodil), 4,
							this.programme.inLargeRoom(),
							Schedule.single(this.tuesday, LocalTime.of(14, 0), LocalTime.of(15, 0))))
					.id());
		for (PersonId senior : List.of(
				this.programme.senior("Gunnar", "Holm", ContactChannel.VIA_VENUE_STAFF, null, null, "sv"),
				this.programme.senior("Karin", "Lund", ContactChannel.POST, null, null, "sv"),
				this.programme.senior("Maj", "Nilsson", ContactChannel.PHONE, "070-765 43 21", null, "sv"))) {
			this.programme.as(() -> this.workshops.signUp(workshop, senior));
		}

		Session moved = plan(this.programme.senior("Sven", "Ödman", ContactChannel.PHONE, "070-111 22 33", null, "sv"),
				this.programme.mentor("Omar", "Said"), "Swish", 15, 1, this.programme.inStudyRoom());
		this.programme.as(
				() -> this.sessions.reschedule(
						moved.occurrences().get(0).id(), new Move(this.tuesday, LocalTime.of(15, 0),
								LocalTime.of(16, 0), Location.room(this.town.id(), this.town.rooms().get(0).id())),
						Scope.THIS));

		Session cancelled = plan(
				this.programme.senior("Elsa", "Strand", ContactChannel.EMAIL, null, "elsa@example.org", "sv"),
				this.programme.mentor("Nils", "Berg"), "Videosamtal", 16, 1, this.programme.inStudyRoom());
		this.programme
			.as(() -> this.sessions.cancel(cancelled.occurrences().get(0).id(), "Mentorn är sjuk", Scope.THIS));

		plan(this.programme.senior("Ines", "Holm"), this.programme.mentor("Pelle", "Ek"), "Kivra", 13, 1,
				Location.room(this.town.id(), this.town.rooms().get(0).id()));
	}

	Session plan(PersonId senior, PersonId mentor, String title, int hour, int weeks, Location where) {
		var pair = this.programme.pair(senior, mentor);
		return this.programme.as(() -> this.sessions.plan(new OneToOnePlan(pair, title, where, Schedule
			.weekly(this.tuesday, LocalTime.of(hour, 0), LocalTime.of(hour + 1, 0), 1, null, weeks, Set.of()))));
	}

	RequestPostProcessor signedIn(Role role) {
		return user((CurrentUser) this.accounts.loadUserByUsername(this.org.user(role).username()));
	}

	void linkStaffTo(Venue venue) {
		this.organisations.actFor(this.org.organisation(),
				() -> this.users.linkVenues(this.org.user(Role.VENUE_STAFF).id(), Set.of(venue.id().value())));
	}

	Document page(RequestPostProcessor who, String language) throws Exception {
		String html = this.mvc
			.perform(get(this.path).param("date", this.tuesday.toString())
				.with(who)
				.cookie(new Cookie("tandem-language", language)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

	static String row(Element entry, String name) {
		return entry.select("tr:has(td:contains(" + name + "))").text();
	}

	@Test
	void theListShowsWhoStaffMustTellInPersonInSwedish() throws Exception {
		Document page = page(signedIn(Role.COORDINATOR), "sv");

		assertThat(page.select("h1").text()).isEqualTo("Dagslista: Kåge bibliotek");
		String day = this.tuesday.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.forLanguageTag("sv")));
		assertThat(page.select(".day-list__day").text()).isEqualToIgnoringCase(day);
		assertThat(page.select("#made-at").text()).startsWith("Listan gjord ");
		List<Element> entries = page.select(".day-entry");
		assertThat(entries).extracting((e) -> e.selectFirst("h2").text())
			.containsExactly("13:00–14:00 Hjälp med BankID", "14:00–15:00 Akta dig för bedragare", "15:00–16:00 Swish",
					"16:00–17:00 Videosamtal");

		Element oneToOne = entries.get(0);
		assertThat(oneToOne.text()).contains("Studierummet", "Ali").doesNotContain("Lindqvist");
		assertThat(row(oneToOne, "Astrid Berg")).contains("Får sms").doesNotContain("070");

		Element workshop = entries.get(1);
		assertThat(workshop.text()).contains("Stora rummet", "Bodil");
		assertThat(row(workshop, "Gunnar Holm")).contains("Berätta personligen");
		assertThat(row(workshop, "Karin Lund")).contains("Berätta personligen");
		assertThat(row(workshop, "Maj Nilsson")).contains("Berätta personligen", "070-765 43 21");

		Element moved = entries.get(2);
		assertThat(moved.select(".day-entry__status").text()).contains("Flyttad till", "15:00–16:00",
				"Läsesalen, Stadsbiblioteket");
		assertThat(row(moved, "Sven Ödman")).contains("Berätta att den är flyttad", "070-111 22 33");

		Element cancelled = entries.get(3);
		assertThat(cancelled.select(".day-entry__status").text()).isEqualTo("Inställd: Mentorn är sjuk");
		assertThat(row(cancelled, "Elsa Strand")).contains("Får e-post").doesNotContain("elsa@example.org");

		assertThat(page.text()).doesNotContain("Kivra", "Ines");
		assertThat(page.select("#print").text()).isEqualTo("Skriv ut");
	}

	@Test
	void theListInEnglish() throws Exception {
		Document page = page(signedIn(Role.COORDINATOR), "en");

		assertThat(page.select("h1").text()).isEqualTo("Day list: Kåge bibliotek");
		List<Element> entries = page.select(".day-entry");
		assertThat(row(entries.get(0), "Astrid Berg")).contains("Reached by SMS");
		assertThat(row(entries.get(1), "Gunnar Holm")).contains("Tell in person");
		assertThat(entries.get(2).select(".day-entry__status").text()).startsWith("Moved to ");
		assertThat(row(entries.get(2), "Sven Ödman")).contains("Tell them it is moved");
		assertThat(entries.get(3).select(".day-entry__status").text()).isEqualTo("Cancelled: Mentorn är sjuk");
		assertThat(row(entries.get(3), "Elsa Strand")).contains("Reached by e-mail");
		assertThat(page.select("#print").text()).isEqualTo("Print");
	}

	@Test
	void theApiGivesTheSameListWithHowEachSeniorIsTold() throws Exception {
		this.mvc
			.perform(get("/api/v1/venues/" + this.programme.library.id() + "/day-list")
				.param("date", this.tuesday.toString())
				.header("Authorization", this.org.bearer(Role.COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.venueName").value("Kåge bibliotek"))
			.andExpect(jsonPath("$.date").value(this.tuesday.toString()))
			.andExpect(jsonPath("$.timeZone").value("Europe/Stockholm"))
			.andExpect(jsonPath("$.entries.length()").value(4))
			.andExpect(jsonPath("$.entries[0].title").value("Hjälp med BankID"))
			.andExpect(jsonPath("$.entries[0].status").value("TAKES_PLACE"))
			.andExpect(jsonPath("$.entries[0].start").value("13:00:00"))
			.andExpect(jsonPath("$.entries[0].room").value("Studierummet"))
			.andExpect(jsonPath("$.entries[0].mentors[0]").value("Ali"))
			.andExpect(jsonPath("$.entries[0].seniors[0].name").value("Astrid Berg"))
			.andExpect(jsonPath("$.entries[0].seniors[0].told").value("SMS"))
			.andExpect(jsonPath("$.entries[0].seniors[0].tellInPerson").value(false))
			.andExpect(jsonPath("$.entries[0].seniors[0].phone").doesNotExist())
			.andExpect(jsonPath("$.entries[1].kind").value("WORKSHOP"))
			.andExpect(jsonPath("$.entries[1].seniors.length()").value(3))
			.andExpect(jsonPath("$.entries[1].seniors[0].channel").value("VIA_VENUE_STAFF"))
			.andExpect(jsonPath("$.entries[1].seniors[0].told").value("IN_PERSON"))
			.andExpect(jsonPath("$.entries[1].seniors[1].channel").value("POST"))
			.andExpect(jsonPath("$.entries[1].seniors[1].tellInPerson").value(true))
			.andExpect(jsonPath("$.entries[1].seniors[2].phone").value("+46707654321"))
			.andExpect(jsonPath("$.entries[2].status").value("MOVED_AWAY"))
			.andExpect(jsonPath("$.entries[2].room").value("Studierummet"))
			.andExpect(jsonPath("$.entries[2].movedTo.venueName").value("Stadsbiblioteket"))
			.andExpect(jsonPath("$.entries[2].movedTo.roomName").value("Läsesalen"))
			.andExpect(jsonPath("$.entries[2].seniors[0].told").value("IN_PERSON"))
			.andExpect(jsonPath("$.entries[3].status").value("CANCELLED"))
			.andExpect(jsonPath("$.entries[3].reason").value("Mentorn är sjuk"))
			.andExpect(jsonPath("$.entries[3].seniors[0].told").value("EMAIL"));
	}

	@Test
	void todayIsTheDayWhenNoneIsGiven() throws Exception {
		LocalDate today = this.programme.as(() -> this.sessions.today());
		this.mvc
			.perform(get("/api/v1/venues/" + this.programme.library.id() + "/day-list").header("Authorization",
					this.org.bearer(Role.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.date").value(today.toString()));
		this.mvc.perform(get(this.path).with(signedIn(Role.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + today + "\"")));
	}

	@Test
	void theVenuesOwnStaffSeeItAndStaffOfAnotherVenueDoNot() throws Exception {
		linkStaffTo(this.programme.library);
		page(signedIn(Role.VENUE_STAFF), "sv");
		this.mvc
			.perform(get("/api/v1/venues/" + this.programme.library.id() + "/day-list")
				.param("date", this.tuesday.toString())
				.header("Authorization", this.org.bearer(Role.VENUE_STAFF)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.entries.length()").value(4));

		linkStaffTo(this.town);
		this.mvc.perform(get(this.path).with(signedIn(Role.VENUE_STAFF))).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/venues/" + this.programme.library.id() + "/day-list").header("Authorization",
				this.org.bearer(Role.VENUE_STAFF)))
			.andExpect(status().isForbidden());
	}

	@Test
	void mentorsSeniorsAndAnalystsAreRefused() throws Exception {
		for (Role role : new Role[] { Role.MENTOR, Role.SENIOR, Role.ANALYST }) {
			this.mvc.perform(get(this.path).with(signedIn(role))).andExpect(status().isForbidden());
			this.mvc.perform(get("/api/v1/venues/" + this.programme.library.id() + "/day-list").header("Authorization",
					this.org.bearer(role)))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void anotherOrganisationsVenueIsNotFound() throws Exception {
		TestOrganisation other = this.testOrganisations.create("Luleå");

		this.mvc.perform(get(this.path).with(user(other.principal(Role.COORDINATOR)))).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/venues/" + this.programme.library.id() + "/day-list").header("Authorization",
				other.bearer(Role.COORDINATOR)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aDayThatIsNotADayIsNamed() throws Exception {
		this.mvc
			.perform(get(this.path).param("date", "23 november")
				.with(signedIn(Role.COORDINATOR))
				.header("Accept-Language", "sv"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Skriv dagen som år-månad-dag, till exempel 2026-11-23.")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		this.mvc
			.perform(get("/api/v1/venues/" + this.programme.library.id() + "/day-list").param("date", "2026-02-30")
				.header("Authorization", this.org.bearer(Role.COORDINATOR))
				.header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("date"))
			.andExpect(jsonPath("$.errors[0].rule").value("DayInvalid"))
			.andExpect(
					jsonPath("$.errors[0].message").value("Write the day as year-month-day, for example 2026-11-23."));
	}

	@Test
	void theVenuePageAndTheStaffsStartPageLinkToIt() throws Exception {
		linkStaffTo(this.programme.library);

		this.mvc.perform(get("/").with(signedIn(Role.VENUE_STAFF)).header("Accept-Language", "sv"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dagens lista: Kåge bibliotek")))
			.andExpect(content().string(containsString("href=\"" + this.path + "\"")));
		this.mvc.perform(get("/").with(signedIn(Role.COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Dagens lista"))));
		this.mvc.perform(get("/venues/" + this.programme.library.id()).with(signedIn(Role.VENUE_STAFF)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"" + this.path + "\"")));
		this.mvc.perform(get("/venues/" + this.town.id()).with(signedIn(Role.VENUE_STAFF)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/day\""))));
	}

}

package org.tandem.sessions;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.ExDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.tandem.calendar.CalendarFeeds;
import org.tandem.calendar.CalendarWindow;
import org.tandem.matching.PairId;
import org.tandem.matching.Pairs;
import org.tandem.organisations.Organisations;
import org.tandem.organisations.TestOrganisations;
import org.tandem.people.People;
import org.tandem.people.PersonId;
import org.tandem.programmes.Programmes;
import org.tandem.system.Tenancy;
import org.tandem.testing.MutableClock;
import org.tandem.testing.TestClock;
import org.tandem.venues.Venues;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A senior's calendar feed with real sessions in it, fetched over HTTP as a calendar app
 * fetches it and parsed back with ical4j: a weekly series on Tuesdays at 14:00 across the
 * change to summer time, with a skipped week (EXDATE), a week moved to 16:00 (an override
 * with RECURRENCE-ID and its own SEQUENCE) and a week called off (EXDATE), at the
 * library's study room; and a single session called off, which stays as cancelled. The
 * same sessions never reach another organisation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ TestOrganisations.class, TestClock.class })
class SessionCalendarFeedTest {

	static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	@LocalServerPort
	int port;

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
	CalendarFeeds feeds;

	@Autowired
	SessionCalendar calendar;

	@Autowired
	Tenancy tenancy;

	@Autowired
	MutableClock clock;

	Instant clockBefore;

	PlannableProgramme programme;

	PersonId astrid;

	Session series;

	Session single;

	@BeforeEach
	void aSeriesWithASkippedAMovedAndACancelledWeekAndACancelledSingleSession() {
		this.clockBefore = this.clock.set(PlannableProgramme.NOW);
		this.programme = PlannableProgramme.in(this.testOrganisations.create("Skellefteå"), this.organisations,
				this.programmes, this.venues, this.people, this.pairs);
		this.astrid = this.programme.senior("Astrid", "Berg");
		PairId pair = this.programme.pair(this.astrid, this.programme.mentor("Ali", "Lindqvist"));
		// Tuesdays 2 March to 13 April 2027; summer time starts on 28 March.
		this.series = this.programme.as(() -> this.sessions.plan(new OneToOnePlan(pair, "Surfplatta för nybörjare",
				this.programme.inStudyRoom(), Schedule.weekly(LocalDate.of(2027, 3, 2), LocalTime.of(14, 0),
						LocalTime.of(15, 0), 1, null, 7, Set.of(LocalDate.of(2027, 3, 30))))));
		this.programme.as(() -> this.sessions.reschedule(this.series.occurrences().get(2).id(),
				new Move(LocalDate.of(2027, 3, 16), LocalTime.of(16, 0), LocalTime.of(17, 0), null), Scope.THIS));
		this.programme.as(() -> this.sessions.cancel(this.series.occurrences().get(5).id(), "Sjuk", Scope.THIS));
		this.single = this.programme
			.as(() -> this.sessions.plan(new OneToOnePlan(pair, "Swish", this.programme.inStudyRoom(),
					Schedule.single(LocalDate.of(2027, 4, 20), LocalTime.of(14, 0), LocalTime.of(15, 0)))));
		this.programme.as(() -> this.sessions.cancel(this.single.occurrences().get(0).id(), null, Scope.THIS));
	}

	@AfterEach
	void setTheClockBack() {
		this.clock.set(this.clockBefore);
	}

	@Test
	void theSeriesExpandsAsACalendarAppShowsItWithTheSkippedMovedAndCancelledWeeks() throws Exception {
		Calendar feed = fetch(this.programme.as(() -> this.feeds.issue(this.astrid)).path());
		String uid = this.series.id() + "-session@tandem";
		VEvent master = master(feed, uid);

		DateProperty<?> start = master.getProperty(Property.DTSTART).map(DateProperty.class::cast).orElseThrow();
		assertThat(start.getParameter(Parameter.TZID).map(Parameter::getValue)).contains("Europe/Stockholm");
		assertThat(zoned(start.getDate())).isEqualTo(at(2027, 3, 2, 14, 0));
		assertThat(value(master.getProperty(Property.SUMMARY))).isEqualTo("Surfplatta för nybörjare");
		assertThat(value(master.getProperty(Property.LOCATION))).isEqualTo("Kåge bibliotek, Storgatan 1, 934 31 Kåge");
		assertThat(value(master.getProperty(Property.DESCRIPTION))).contains("Rum: Studierummet", "Med: Ali, Astrid");
		assertThat(value(master.getProperty(Property.STATUS))).isEqualTo("CONFIRMED");

		assertThat(occurrences(feed, uid)).containsExactly(at(2027, 3, 2, 14, 0), at(2027, 3, 9, 14, 0),
				at(2027, 3, 16, 16, 0), at(2027, 3, 23, 14, 0), at(2027, 4, 13, 14, 0));
		assertThat(at(2027, 4, 13, 14, 0).toInstant()).as("14:00 in summer time").isEqualTo("2027-04-13T12:00:00Z");

		ExDate<?> excluded = master.<ExDate<?>>getProperty(Property.EXDATE).orElseThrow();
		assertThat(excluded.getParameter(Parameter.TZID).map(Parameter::getValue)).contains("Europe/Stockholm");
		assertThat(excluded.getDates().stream().map((date) -> zoned((Temporal) date)).toList())
			.as("the skipped week, then the week called off")
			.containsExactly(at(2027, 3, 30, 14, 0), at(2027, 4, 6, 14, 0));

		List<VEvent> changed = changed(feed, uid);
		assertThat(changed).hasSize(1);
		VEvent moved = changed.get(0);
		assertThat(
				zoned(moved.getProperty(Property.RECURRENCE_ID).map(DateProperty.class::cast).orElseThrow().getDate()))
			.isEqualTo(at(2027, 3, 16, 14, 0));
		assertThat(zoned(moved.getProperty(Property.DTSTART).map(DateProperty.class::cast).orElseThrow().getDate()))
			.isEqualTo(at(2027, 3, 16, 16, 0));
		assertThat(value(moved.getProperty(Property.SEQUENCE))).isEqualTo("1");
		assertThat(value(moved.getProperty(Property.LOCATION))).isEqualTo("Kåge bibliotek, Storgatan 1, 934 31 Kåge");
		assertThat(Integer.parseInt(value(master.getProperty(Property.SEQUENCE))))
			.as("the series changed twice: a week moved and a week called off")
			.isEqualTo(2);
	}

	@Test
	void aSingleSessionCalledOffStaysInTheFeedAsCancelled() throws Exception {
		Calendar feed = fetch(this.programme.as(() -> this.feeds.issue(this.astrid)).path());

		List<VEvent> single = events(feed, this.single.id() + "-session@tandem");
		assertThat(single).hasSize(1);
		assertThat(value(single.get(0).getProperty(Property.STATUS))).isEqualTo("CANCELLED");
		assertThat(value(single.get(0).getProperty(Property.SUMMARY))).isEqualTo("Inställt: Swish");
		assertThat(value(single.get(0).getProperty(Property.SEQUENCE))).isEqualTo("1");
		assertThat(zoned(
				single.get(0).getProperty(Property.DTSTART).map(DateProperty.class::cast).orElseThrow().getDate()))
			.isEqualTo(at(2027, 4, 20, 14, 0));
	}

	@Test
	void anotherOrganisationsPeopleNeverSeeTheseSessions() throws Exception {
		PlannableProgramme elsewhere = PlannableProgramme.in(this.testOrganisations.create("Luleå"), this.organisations,
				this.programmes, this.venues, this.people, this.pairs);
		PersonId greta = elsewhere.senior("Greta", "Nilsson");

		Calendar feed = fetch(elsewhere.as(() -> this.feeds.issue(greta)).path());

		assertThat(feed.getComponents(Component.VEVENT)).isEmpty();
		Instant now = this.clock.instant();
		CalendarWindow window = new CalendarWindow(now.minus(92, ChronoUnit.DAYS), now.plus(400, ChronoUnit.DAYS));
		assertThat(elsewhere.as(() -> this.calendar.of(this.astrid, window))).as("Astrid asked for in Luleå").isEmpty();
		assertThat(this.programme.as(() -> this.calendar.of(this.astrid, window))).hasSize(2);
	}

	Calendar fetch(String path) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).contains("text/calendar;charset=UTF-8");
		Calendar calendar = new CalendarBuilder().build(new StringReader(response.body()));
		calendar.validate();
		return calendar;
	}

	/**
	 * Every occurrence as an app shows it: ical4j expands the rule less EXDATE, then each
	 * VEVENT with a RECURRENCE-ID replaces the occurrence it names.
	 */
	static List<ZonedDateTime> occurrences(Calendar calendar, String uid) {
		Period<ZonedDateTime> year = new Period<>(at(2027, 1, 1, 0, 0), at(2028, 1, 1, 0, 0));
		List<ZonedDateTime> starts = new ArrayList<>();
		master(calendar, uid).<ZonedDateTime>calculateRecurrenceSet(year)
			.forEach((period) -> starts.add(zoned(period.getStart())));
		for (VEvent change : changed(calendar, uid)) {
			ZonedDateTime replaced = zoned(
					change.getProperty(Property.RECURRENCE_ID).map(DateProperty.class::cast).orElseThrow().getDate());
			assertThat(starts.removeIf(replaced::isEqual)).as("%s replaces an occurrence", replaced).isTrue();
			starts
				.add(zoned(change.getProperty(Property.DTSTART).map(DateProperty.class::cast).orElseThrow().getDate()));
		}
		starts.sort(ZonedDateTime::compareTo);
		return starts;
	}

	static VEvent master(Calendar calendar, String uid) {
		List<VEvent> masters = events(calendar, uid).stream()
			.filter((event) -> event.getProperty(Property.RECURRENCE_ID).isEmpty())
			.toList();
		assertThat(masters).as("the series' own VEVENT").hasSize(1);
		return masters.get(0);
	}

	static List<VEvent> changed(Calendar calendar, String uid) {
		return events(calendar, uid).stream()
			.filter((event) -> event.getProperty(Property.RECURRENCE_ID).isPresent())
			.toList();
	}

	static List<VEvent> events(Calendar calendar, String uid) {
		return calendar.<VEvent>getComponents(Component.VEVENT)
			.stream()
			.filter((event) -> event.getUid().map(Property::getValue).orElse("").equals(uid))
			.toList();
	}

	static String value(Optional<? extends Property> property) {
		return property.map(Property::getValue).orElseThrow(() -> new AssertionError("property missing"));
	}

	static ZonedDateTime at(int year, int month, int day, int hour, int minute) {
		return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, STOCKHOLM);
	}

	static ZonedDateTime zoned(Temporal parsed) {
		return ZonedDateTime.from(parsed).withZoneSameInstant(STOCKHOLM);
	}

}

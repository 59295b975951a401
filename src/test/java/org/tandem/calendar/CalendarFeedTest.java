package org.tandem.calendar;

import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
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
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tandem.organisations.TestOrganisation;
import org.tandem.organisations.TestOrganisations;
import org.tandem.people.PersonId;
import org.tandem.system.Role;
import org.tandem.testing.TandemTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A senior's feed as a calendar app reads it: fetched without signing in, parsed by
 * ical4j's CalendarBuilder, and its weekly series expanded by ical4j the way an app
 * expands it, with a skipped week, a moved week and a cancelled week, across the change
 * to summer time.
 */
@TandemTest
@Import(PlannedSessions.class)
class CalendarFeedTest {

	static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	static final Instant CHANGED = Instant.parse("2027-01-10T09:00:00Z");

	static final CalendarPlace LIBRARY = new CalendarPlace("Stadsbiblioteket", "Kanalgatan 41, 931 31 Skellefteå",
			"Studion");

	static final URI MEETING = URI.create("https://meet.example.se/tandem-42");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestOrganisations organisations;

	@Autowired
	PlannedSessions sessions;

	TestOrganisation skelleftea;

	PersonId senior;

	@BeforeEach
	void aSeniorWithSessions() throws Exception {
		this.skelleftea = this.organisations.create("Skellefteå");
		this.senior = Registrations.senior(this.mvc, this.skelleftea, "Åsa");
		this.sessions.plan(this.senior, single(), series(), cancelledSingle(), fortnightlyOnline());
	}

	/** Wednesday 10 March 2027 at the library. */
	static CalendarSeries single() {
		return CalendarSeries.single("single-1@tandem.test",
				new CalendarEvent("BankID på telefonen", "Ta med telefonen; och laddaren, om du har en.",
						at(2027, 3, 10, 10, 0), at(2027, 3, 10, 11, 0), LIBRARY, null, List.of("Åsa", "Elias"),
						CalendarStatus.CONFIRMED, 0, CHANGED));
	}

	/**
	 * Tuesdays 14:00 from 2 March to 13 April 2027: 30 March skipped (Easter), 16 March
	 * moved to Thursday 18 March 10:00, 6 April cancelled. Summer time starts 28 March.
	 */
	static CalendarSeries series() {
		CalendarEvent first = new CalendarEvent("Surfplatta för nybörjare", null, at(2027, 3, 2, 14, 0),
				at(2027, 3, 2, 15, 30), LIBRARY, MEETING, List.of("Åsa", "Elias"), CalendarStatus.CONFIRMED, 0,
				CHANGED);
		return CalendarSeries.weekly("series-1@tandem.test", first,
				WeeklyRecurrence.until(1, LocalDate.of(2027, 4, 13)), Set.of(LocalDate.of(2027, 3, 30)), List.of(
						new ChangedOccurrence(LocalDate.of(2027, 3, 16),
								first.movedTo(at(2027, 3, 18, 10, 0), at(2027, 3, 18, 11, 30))
									.revised(1, CHANGED.plusSeconds(60))),
						new ChangedOccurrence(LocalDate.of(2027, 4, 6),
								first.movedTo(at(2027, 4, 6, 14, 0), at(2027, 4, 6, 15, 30))
									.cancelled()
									.revised(1, CHANGED))));
	}

	static CalendarSeries cancelledSingle() {
		return CalendarSeries.single("single-2@tandem.test", new CalendarEvent("Swish", null, at(2027, 3, 5, 13, 0),
				at(2027, 3, 5, 14, 0), LIBRARY, null, List.of("Åsa"), CalendarStatus.CANCELLED, 2, CHANGED));
	}

	/** Every other Tuesday at 18:00, three times, online only. */
	static CalendarSeries fortnightlyOnline() {
		return CalendarSeries.weekly("series-2@tandem.test",
				new CalendarEvent("Videosamtal med barnbarnen", null, at(2027, 5, 4, 18, 0), at(2027, 5, 4, 18, 45),
						null, MEETING, List.of("Åsa", "Noah"), CalendarStatus.CONFIRMED, 0, CHANGED),
				WeeklyRecurrence.times(2, 3), Set.of(), List.of());
	}

	@Test
	void isACalendarAppsCanReadInTheOrganisationsZone() throws Exception {
		MvcResult response = this.mvc.perform(get(feedPath()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/calendar;charset=UTF-8"))
			.andExpect(header().string("Cache-Control", "private"))
			.andReturn();
		Calendar calendar = parse(response.getResponse().getContentAsString());

		calendar.validate();
		assertThat(value(calendar.getProperty(Property.PRODID))).startsWith("-//Tandem//");
		assertThat(value(calendar.getProperty(Property.VERSION))).isEqualTo("2.0");
		assertThat(value(calendar.getProperty(Property.CALSCALE))).isEqualTo("GREGORIAN");
		assertThat(value(calendar.getProperty(Property.METHOD))).isEqualTo("PUBLISH");
		assertThat(value(calendar.getProperty("X-WR-CALNAME")))
			.isEqualTo("Tandem – " + this.skelleftea.organisation().name());
		List<VTimeZone> zones = calendar.getComponents(Component.VTIMEZONE);
		assertThat(zones).hasSize(1);
		assertThat(value(zones.get(0).getProperty(Property.TZID))).isEqualTo("Europe/Stockholm");
		assertThat(this.sessions.askedIn()).contains(this.skelleftea.organisation().id());
	}

	@Test
	void showsASingleSessionWithItsPlacePeopleAndTime() throws Exception {
		VEvent single = onlyEvent(fetch(), "single-1@tandem.test");

		DateProperty<?> start = single.getProperty(Property.DTSTART).map(DateProperty.class::cast).orElseThrow();
		assertThat(start.getParameter(Parameter.TZID).map(Parameter::getValue)).contains("Europe/Stockholm");
		assertThat(local(start.getDate())).isEqualTo(LocalDateTime.of(2027, 3, 10, 10, 0));
		assertThat(local(single.getProperty(Property.DTEND).map(DateProperty.class::cast).orElseThrow().getDate()))
			.isEqualTo(LocalDateTime.of(2027, 3, 10, 11, 0));
		assertThat(value(single.getProperty(Property.SUMMARY))).isEqualTo("BankID på telefonen");
		assertThat(value(single.getProperty(Property.LOCATION)))
			.isEqualTo("Stadsbiblioteket, Kanalgatan 41, 931 31 Skellefteå");
		assertThat(value(single.getProperty(Property.DESCRIPTION)))
			.isEqualTo("Ta med telefonen; och laddaren, om du har en.\n\nRum: Studion\nMed: Åsa, Elias");
		assertThat(value(single.getProperty(Property.STATUS))).isEqualTo("CONFIRMED");
		assertThat(value(single.getProperty(Property.SEQUENCE))).isEqualTo("0");
		assertThat(value(single.getProperty(Property.LAST_MODIFIED))).isEqualTo("20270110T090000Z");
		assertThat(single.getProperty(Property.DTSTAMP)).isPresent();
		assertThat(single.getProperty(Property.URL)).isEmpty();
		assertThat(single.getProperties(Property.ATTENDEE)).isEmpty();
		assertThat(single.getProperties(Property.ORGANIZER)).isEmpty();
	}

	@Test
	void expandsTheSeriesWithoutTheSkippedAndCancelledWeeksAndWithTheMovedOneAtItsNewTime() throws Exception {
		Calendar calendar = fetch();
		VEvent series = master(calendar, "series-1@tandem.test");

		assertThat(value(series.getProperty(Property.URL))).isEqualTo(MEETING.toString());
		assertThat(value(series.getProperty(Property.DESCRIPTION)))
			.contains("Videomöte: https://meet.example.se/tandem-42");
		assertThat(series.getProperty(Property.EXDATE).orElseThrow().getParameter(Parameter.TZID))
			.map(Parameter::getValue)
			.contains("Europe/Stockholm");
		assertThat(occurrences(calendar, "series-1@tandem.test")).containsExactly(at(2027, 3, 2, 14, 0),
				at(2027, 3, 9, 14, 0), at(2027, 3, 18, 10, 0), at(2027, 3, 23, 14, 0), at(2027, 4, 13, 14, 0));
		VEvent moved = changed(calendar, "series-1@tandem.test").get(0);
		assertThat(value(moved.getProperty(Property.SEQUENCE))).isEqualTo("1");
		assertThat(value(moved.getProperty(Property.STATUS))).isEqualTo("CONFIRMED");
	}

	@Test
	void expandsAFortnightlySeriesByItsCountAndPutsTheMeetingLinkWhereThePlaceWouldBe() throws Exception {
		Calendar calendar = fetch();
		VEvent online = master(calendar, "series-2@tandem.test");

		assertThat(value(online.getProperty(Property.LOCATION))).isEqualTo(MEETING.toString());
		assertThat(occurrences(calendar, "series-2@tandem.test")).containsExactly(at(2027, 5, 4, 18, 0),
				at(2027, 5, 18, 18, 0), at(2027, 6, 1, 18, 0));
	}

	@Test
	void keepsACancelledSessionSayingSoAndLeavingTheTimeFree() throws Exception {
		VEvent cancelled = onlyEvent(fetch(), "single-2@tandem.test");

		assertThat(value(cancelled.getProperty(Property.STATUS))).isEqualTo("CANCELLED");
		assertThat(value(cancelled.getProperty(Property.SUMMARY))).isEqualTo("Inställt: Swish");
		assertThat(value(cancelled.getProperty(Property.TRANSP))).isEqualTo("TRANSPARENT");
		assertThat(value(cancelled.getProperty(Property.SEQUENCE))).isEqualTo("2");
	}

	@Test
	void anotherPersonsFeedShowsNoneOfThis() throws Exception {
		PersonId other = Registrations.senior(this.mvc, this.skelleftea, "Greta");
		String path = issue(this.skelleftea, other);

		Calendar calendar = parse(
				this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

		assertThat(calendar.getComponents(Component.VEVENT)).isEmpty();
	}

	/**
	 * Every occurrence as an app shows it: ical4j expands the rule (less EXDATE), then
	 * each VEVENT with a RECURRENCE-ID replaces the occurrence it names.
	 */
	List<ZonedDateTime> occurrences(Calendar calendar, String uid) {
		VEvent series = master(calendar, uid);
		Period<ZonedDateTime> year = new Period<>(at(2027, 1, 1, 0, 0), at(2028, 1, 1, 0, 0));
		List<ZonedDateTime> starts = new ArrayList<>();
		series.<ZonedDateTime>calculateRecurrenceSet(year).forEach((period) -> starts.add(zoned(period.getStart())));
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
		return events(calendar, uid).stream()
			.filter((event) -> event.getProperty(Property.RECURRENCE_ID).isEmpty())
			.reduce((one, two) -> {
				throw new AssertionError("two VEVENTs without RECURRENCE-ID for " + uid);
			})
			.orElseThrow();
	}

	static List<VEvent> changed(Calendar calendar, String uid) {
		return events(calendar, uid).stream()
			.filter((event) -> event.getProperty(Property.RECURRENCE_ID).isPresent())
			.toList();
	}

	static VEvent onlyEvent(Calendar calendar, String uid) {
		List<VEvent> events = events(calendar, uid);
		assertThat(events).hasSize(1);
		return events.get(0);
	}

	static List<VEvent> events(Calendar calendar, String uid) {
		return calendar.<VEvent>getComponents(Component.VEVENT)
			.stream()
			.filter((event) -> event.getUid().map(Property::getValue).orElse("").equals(uid))
			.toList();
	}

	Calendar fetch() throws Exception {
		return parse(this.mvc.perform(get(feedPath()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	String feedPath() throws Exception {
		return issue(this.skelleftea, this.senior);
	}

	/** Makes a feed through the API, as a coordinator; answers its path. */
	String issue(TestOrganisation organisation, PersonId person) throws Exception {
		String json = this.mvc
			.perform(post("/api/v1/people/" + person + "/calendar-feed").header("Authorization",
					organisation.bearer(Role.COORDINATOR)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return URI.create(json.replaceAll("^.*\"url\":\"([^\"]+)\".*$", "$1")).getPath();
	}

	static Calendar parse(String text) throws Exception {
		return new CalendarBuilder().build(new StringReader(text));
	}

	static String value(Optional<? extends Property> property) {
		return property.map(Property::getValue).orElseThrow(() -> new AssertionError("property missing"));
	}

	static ZonedDateTime at(int year, int month, int day, int hour, int minute) {
		return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, STOCKHOLM);
	}

	/** A parsed time (in ical4j's zone read from the VTIMEZONE) in Stockholm's. */
	static ZonedDateTime zoned(Temporal parsed) {
		return ZonedDateTime.from(parsed).withZoneSameInstant(STOCKHOLM);
	}

	static LocalDateTime local(Temporal parsed) {
		return zoned(parsed).toLocalDateTime();
	}

}

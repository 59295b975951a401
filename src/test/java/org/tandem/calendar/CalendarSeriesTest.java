package org.tandem.calendar;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * What the sessions module hands the calendar checks itself, so that a feed is never
 * written from entries that no calendar app could make sense of.
 */
class CalendarSeriesTest {

	static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	/** Tuesday 2 March 2027, 14:00–15:30. */
	static final ZonedDateTime TUESDAY = ZonedDateTime.of(2027, 3, 2, 14, 0, 0, 0, STOCKHOLM);

	static CalendarEvent event(ZonedDateTime start) {
		return new CalendarEvent("Surfplatta för nybörjare", null, start, start.plusMinutes(90), null, null,
				List.of("Åsa", " ", "Elias "), CalendarStatus.CONFIRMED, 0, Instant.parse("2027-01-10T09:00:00Z"));
	}

	@Test
	void anEventEndsAfterItStarts() {
		assertThatIllegalArgumentException().isThrownBy(() -> new CalendarEvent("Swish", null, TUESDAY, TUESDAY, null,
				null, List.of(), CalendarStatus.CONFIRMED, 0, Instant.EPOCH));
	}

	@Test
	void aMeetingLinkIsAWebAddress() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CalendarEvent("Video", null, TUESDAY, TUESDAY.plusHours(1), null,
					URI.create("javascript:alert(1)"), List.of(), CalendarStatus.CONFIRMED, 0, Instant.EPOCH));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CalendarEvent("Video", null, TUESDAY, TUESDAY.plusHours(1), null,
					URI.create("/relative"), List.of(), CalendarStatus.CONFIRMED, 0, Instant.EPOCH));
	}

	@Test
	void keepsOnlyNamesThatSaySomething() {
		assertThat(event(TUESDAY).people()).containsExactly("Åsa", "Elias");
	}

	@Test
	void aSingleSessionHasNothingSkippedOrChanged() {
		assertThatIllegalArgumentException().isThrownBy(() -> new CalendarSeries("s@tandem", event(TUESDAY), null,
				new java.util.TreeSet<>(Set.of(TUESDAY.toLocalDate())), List.of()));
	}

	@Test
	void skipsAndChangesOnlyDatesTheSeriesCanHave() {
		WeeklyRecurrence weekly = WeeklyRecurrence.until(1, LocalDate.of(2027, 4, 13));
		LocalDate wednesday = LocalDate.of(2027, 3, 10);
		LocalDate beforeTheFirst = LocalDate.of(2027, 2, 23);

		assertThatIllegalArgumentException()
			.isThrownBy(() -> CalendarSeries.weekly("s@tandem", event(TUESDAY), weekly, Set.of(wednesday), List.of()));
		assertThatIllegalArgumentException().isThrownBy(() -> CalendarSeries.weekly("s@tandem", event(TUESDAY), weekly,
				Set.of(), List.of(new ChangedOccurrence(beforeTheFirst, event(TUESDAY).cancelled()))));
	}

	@Test
	void anOccurrenceIsSkippedOrChangedOnce() {
		WeeklyRecurrence weekly = WeeklyRecurrence.until(1, LocalDate.of(2027, 4, 13));
		LocalDate date = LocalDate.of(2027, 3, 16);
		ChangedOccurrence cancelled = new ChangedOccurrence(date, event(TUESDAY.plusWeeks(2)).cancelled());

		assertThatIllegalArgumentException().isThrownBy(
				() -> CalendarSeries.weekly("s@tandem", event(TUESDAY), weekly, Set.of(date), List.of(cancelled)));
		assertThatIllegalArgumentException().isThrownBy(() -> CalendarSeries.weekly("s@tandem", event(TUESDAY), weekly,
				Set.of(), List.of(cancelled, cancelled)));
	}

	@Test
	void aUidIsVisibleAscii() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CalendarSeries.single("session 1@tandem", event(TUESDAY)));
		assertThatIllegalArgumentException().isThrownBy(() -> CalendarSeries.single("", event(TUESDAY)));
	}

	@Test
	void aSeriesEndsOnADateOrAfterACountNotBoth() {
		assertThatIllegalArgumentException().isThrownBy(() -> new WeeklyRecurrence(1, LocalDate.of(2027, 4, 13), 6));
		assertThatIllegalArgumentException().isThrownBy(() -> WeeklyRecurrence.times(0, 6));
		assertThatIllegalArgumentException().isThrownBy(() -> WeeklyRecurrence.times(1, 0));
	}

}

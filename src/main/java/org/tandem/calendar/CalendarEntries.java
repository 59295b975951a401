package org.tandem.calendar;

import java.util.List;

import org.tandem.people.PersonId;

/**
 * What a person's calendar feed shows, supplied by the modules that plan sessions: each
 * implements this interface as a Spring bean, and a feed shows what all of them answer.
 * Calendar depends on none of them.
 * <p>
 * A feed is read by calendar apps, with nobody signed in. {@link #of} is called with the
 * person's organisation as the current organisation ({@code Tenancy.callAs}), so an
 * implementation reads its tables through {@code TenantJdbc} as usual.
 */
public interface CalendarEntries {

	/**
	 * The person's sessions that have at least one occurrence in the window, each whole:
	 * a weekly series with its rule, its skipped dates and its changed occurrences even
	 * where they fall outside the window. Cancelled sessions that were in people's
	 * calendars are included with status {@link CalendarStatus#CANCELLED} rather than
	 * left out, so that calendars show they are off.
	 * @param person a mentor or senior of the current organisation
	 * @param window the stretch of time the feed covers
	 * @return the series, in any order; an empty list if the person has none
	 */
	List<CalendarSeries> of(PersonId person, CalendarWindow window);

}

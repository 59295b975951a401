package org.tandem.calendar;

import org.tandem.people.PersonId;
import org.tandem.system.Conflict;

/** Someone else made a calendar feed for the same person at the same moment. */
public class CalendarFeedBusy extends Conflict {

	private static final long serialVersionUID = 1L;

	CalendarFeedBusy(PersonId person) {
		super("calendar.feed.busy", person);
	}

}

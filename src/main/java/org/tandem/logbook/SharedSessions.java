package org.tandem.logbook;

import java.time.Instant;
import java.util.List;

import org.tandem.people.PersonId;

/**
 * A senior's attendance at the last logged sessions they were booked for with one mentor.
 *
 * @param senior the senior
 * @param mentor the mentor
 * @param attendance the senior's attendance, the latest session first
 * @param lastHeldAt when the latest of them started
 */
public record SharedSessions(PersonId senior, PersonId mentor, List<Attendance> attendance, Instant lastHeldAt) {

	public SharedSessions {
		attendance = List.copyOf(attendance);
	}

	/** How many of these sessions the senior missed: absent or called off late. */
	public long missed() {
		return this.attendance.stream().filter((value) -> !value.attended()).count();
	}

}

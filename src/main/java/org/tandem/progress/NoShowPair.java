package org.tandem.progress;

import java.time.LocalDate;
import java.util.List;

import org.tandem.logbook.Attendance;
import org.tandem.people.PersonId;

/**
 * An approved pair whose senior missed (absent, or called off late) at least two of their
 * last three logged sessions together.
 *
 * @param senior the senior
 * @param seniorName the senior's full name
 * @param mentor the mentor
 * @param mentorName the mentor's full name
 * @param lastSessions the senior's attendance at their last logged sessions together, the
 * latest first
 * @param lastSession the day of the latest of them
 */
public record NoShowPair(PersonId senior, String seniorName, PersonId mentor, String mentorName,
		List<Attendance> lastSessions, LocalDate lastSession) {

	public NoShowPair {
		lastSessions = List.copyOf(lastSessions);
	}

	public long missed() {
		return this.lastSessions.stream().filter((attendance) -> !attendance.attended()).count();
	}

}

package org.tandem.progress;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.tandem.people.PersonId;

/**
 * An active senior of a programme who has come to no session of it in the last 30 days.
 *
 * @param senior the senior
 * @param name the senior's full name
 * @param lastSession the day of the last session of the programme they came to, or null
 * if they never came to one
 * @param mentor the mentor of that session, if any
 * @param mentorName the mentor's full name, if any
 */
public record QuietSenior(PersonId senior, String name, @Nullable LocalDate lastSession, @Nullable PersonId mentor,
		@Nullable String mentorName) {

}

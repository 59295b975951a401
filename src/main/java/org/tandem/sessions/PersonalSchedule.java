package org.tandem.sessions;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.tandem.people.PersonId;

/**
 * A mentor's or senior's own occurrences in a stretch of time, as of a moment.
 *
 * @param person whose schedule it is
 * @param now the moment that splits what is past from what is to come
 * @param occurrences the occurrences they are booked for, in time order
 * @param cut whether there were more than {@link Sessions#MAX_SCHEDULE_ITEMS} and the
 * latest were left out
 */
public record PersonalSchedule(PersonId person, Instant now, List<PersonalOccurrence> occurrences, boolean cut) {

	public PersonalSchedule {
		occurrences = List.copyOf(occurrences);
	}

	/** Those that have not ended yet, the next first. */
	public List<PersonalOccurrence> upcoming() {
		return this.occurrences.stream().filter((o) -> !o.endedBy(this.now)).toList();
	}

	/** Those that have ended, the latest first. */
	public List<PersonalOccurrence> past() {
		return this.occurrences.stream()
			.filter((o) -> o.endedBy(this.now))
			.sorted(Comparator.comparing((PersonalOccurrence o) -> o.occurrence().start()).reversed())
			.toList();
	}

}

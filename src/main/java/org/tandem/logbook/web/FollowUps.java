package org.tandem.logbook.web;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.tandem.logbook.FollowUp;
import org.tandem.logbook.FollowUpPage;
import org.tandem.logbook.Logbook;
import org.tandem.people.People;
import org.tandem.people.PersonId;
import org.tandem.sessions.Occurrence;
import org.tandem.sessions.OccurrenceId;
import org.tandem.sessions.Sessions;

/**
 * One page of open follow-ups with what a coordinator needs to act: the session's title
 * and time, and the mentors' first names. The page and the API show the same rows. The
 * page's occurrences and names are read in one query each, never row by row.
 */
@Component
class FollowUps {

	private final Logbook logbook;

	private final Sessions sessions;

	private final People people;

	FollowUps(Logbook logbook, Sessions sessions, People people) {
		this.logbook = logbook;
		this.sessions = sessions;
		this.people = people;
	}

	Page page(int page, int size, Locale locale) {
		FollowUpPage open = this.logbook.openFollowUps(page, size);
		Map<PersonId, String> firstNames = this.people
			.firstNames(open.items().stream().flatMap((followUp) -> followUp.mentors().stream()).toList());
		Map<OccurrenceId, Occurrence> occurrences = this.sessions
			.occurrences(open.items().stream().map(FollowUp::occurrence).toList());
		ZoneId zone = this.sessions.timeZone();
		DateTimeFormatter day = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", locale);
		List<Row> rows = open.items().stream().map((followUp) -> {
			Occurrence occurrence = occurrences.get(followUp.occurrence());
			ZonedDateTime start = occurrence.start().atZone(zone);
			return new Row(followUp, occurrence, start, day.format(start),
					followUp.mentors()
						.stream()
						.map((mentor) -> firstNames.getOrDefault(mentor, "–"))
						.collect(Collectors.toList()));
		}).toList();
		return new Page(rows, open);
	}

	/**
	 * A follow-up as listed.
	 *
	 * @param followUp the follow-up
	 * @param occurrence its occurrence
	 * @param start when it started, in the organisation's time
	 * @param when the same, in words
	 * @param mentors the mentors' first names
	 */
	record Row(FollowUp followUp, Occurrence occurrence, ZonedDateTime start, String when, List<String> mentors) {

		public UUID id() {
			return this.followUp.occurrence().value();
		}

		public String mentorNames() {
			return String.join(", ", this.mentors);
		}

	}

	/** A page of rows, with the pager's numbers. */
	record Page(List<Row> rows, FollowUpPage open) {

		public int page() {
			return this.open.page();
		}

		public int totalPages() {
			return this.open.totalPages();
		}

		public boolean hasNext() {
			return this.open.hasNext();
		}

		public boolean hasPrevious() {
			return this.open.hasPrevious();
		}

		public long totalItems() {
			return this.open.totalItems();
		}

	}

}

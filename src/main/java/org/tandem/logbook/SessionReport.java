package org.tandem.logbook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.tandem.curriculum.TopicId;
import org.tandem.people.PersonId;

/**
 * What a mentor reports about one session: the whole report, whether logged for the first
 * time or corrected. The logbook checks it against the session before writing it.
 *
 * @param attendance every booked mentor and senior, and whether they came
 * @param minutes how long the session actually lasted, 0 to 600
 * @param topics the topics worked on
 * @param steps the learning steps worked on and the level each senior reached
 * @param feedback how each senior who came felt about it, 1 (sad face) to 5 (happy face),
 * for those who said
 * @param note a short note, at most 1000 characters, or null
 * @param attested the mentor confirms not having handled anyone's BankID, PIN or
 * passwords; a log without it is shown to the coordinator
 * @param scamSeen the mentor saw what may be a scam (a suspicious call, message or
 * payment); shown to the coordinator
 */
public record SessionReport(Map<PersonId, Attendance> attendance, int minutes, Set<TopicId> topics,
		List<StepReached> steps, Map<PersonId, Integer> feedback, @Nullable String note, boolean attested,
		boolean scamSeen) {

	/** Longest a note may be. */
	public static final int MAX_NOTE = 1000;

	/** Longest a session may have lasted, in minutes. */
	public static final int MAX_MINUTES = 600;

	public SessionReport {
		Objects.requireNonNull(attendance, "attendance");
		attendance = Map.copyOf(attendance);
		topics = Set.copyOf(topics);
		steps = List.copyOf(steps);
		feedback = Map.copyOf(new LinkedHashMap<>(feedback));
		note = (note == null || note.isBlank()) ? null : note.strip();
	}

	/** Whether someone must follow this log up: a scam seen, or no attestation. */
	public boolean needsFollowUp() {
		return this.scamSeen || !this.attested;
	}

}

package org.tandem.logbook.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.tandem.curriculum.StepId;
import org.tandem.logbook.Attendance;
import org.tandem.logbook.LearningLevel;
import org.tandem.logbook.LogRevision;
import org.tandem.logbook.SessionLog;
import org.tandem.logbook.SessionReport;
import org.tandem.logbook.StepReached;
import org.tandem.people.PersonId;

/**
 * A log's revisions as the page lists them, the latest first: when, who (and whether on
 * the mentor's behalf), why, and what each correction changed, in words: attendance,
 * minutes, levels, feedback, the note, the attestation and a possible scam.
 */
final class History {

	private final MessageSource messages;

	private final Locale locale;

	private final Map<PersonId, String> names;

	private final Map<StepId, String> steps;

	History(MessageSource messages, Locale locale, Map<PersonId, String> names, Map<StepId, String> steps) {
		this.messages = messages;
		this.locale = locale;
		this.names = names;
		this.steps = steps;
	}

	List<Entry> of(SessionLog log, Map<UUID, String> users, ZoneId zone) {
		DateTimeFormatter when = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", this.locale);
		List<Entry> entries = new ArrayList<>();
		LogRevision previous = null;
		for (LogRevision revision : log.revisions()) {
			String who = (revision.loggedBy() != null)
					? users.getOrDefault(revision.loggedBy(), text("logbook.history.unknownUser"))
					: text("logbook.history.system");
			entries.add(0,
					new Entry(revision.revision(), when.format(revision.loggedAt().atZone(zone)), who,
							revision.onBehalf(), revision.reason(),
							(previous != null) ? changes(previous.report(), revision.report()) : List.of()));
			previous = revision;
		}
		return entries;
	}

	List<String> changes(SessionReport before, SessionReport after) {
		List<String> changes = new ArrayList<>();
		Set<PersonId> people = new LinkedHashSet<>(before.attendance().keySet());
		people.addAll(after.attendance().keySet());
		for (PersonId person : people) {
			Attendance was = before.attendance().get(person);
			Attendance is = after.attendance().get(person);
			if (!Objects.equals(was, is)) {
				changes.add(text("logbook.change.attendance", name(person), attendance(was), attendance(is)));
			}
		}
		if (before.minutes() != after.minutes()) {
			changes.add(text("logbook.change.minutes", before.minutes(), after.minutes()));
		}
		Map<String, StepReached> was = byKey(before);
		Map<String, StepReached> is = byKey(after);
		Set<String> keys = new LinkedHashSet<>(was.keySet());
		keys.addAll(is.keySet());
		for (String key : keys) {
			StepReached from = was.get(key);
			StepReached to = is.get(key);
			LearningLevel fromLevel = (from != null) ? from.level() : null;
			LearningLevel toLevel = (to != null) ? to.level() : null;
			if (fromLevel != toLevel) {
				StepReached step = (to != null) ? to : Objects.requireNonNull(from);
				changes.add(text("logbook.change.level", name(step.senior()), this.steps.getOrDefault(step.step(), "–"),
						level(fromLevel), level(toLevel)));
			}
		}
		Set<PersonId> seniors = new LinkedHashSet<>(before.feedback().keySet());
		seniors.addAll(after.feedback().keySet());
		for (PersonId senior : seniors) {
			Integer from = before.feedback().get(senior);
			Integer to = after.feedback().get(senior);
			if (!Objects.equals(from, to)) {
				changes.add(text("logbook.change.feedback", name(senior), face(from), face(to)));
			}
		}
		if (!Objects.equals(before.note(), after.note())) {
			changes.add(text("logbook.change.note"));
		}
		if (before.attested() != after.attested()) {
			changes.add(text(after.attested() ? "logbook.change.attested" : "logbook.change.notAttested"));
		}
		if (before.scamSeen() != after.scamSeen()) {
			changes.add(text(after.scamSeen() ? "logbook.change.scamSeen" : "logbook.change.noScamSeen"));
		}
		if (changes.isEmpty()) {
			changes.add(text("logbook.change.none"));
		}
		return changes;
	}

	private static Map<String, StepReached> byKey(SessionReport report) {
		Map<String, StepReached> steps = new HashMap<>();
		report.steps().forEach((step) -> steps.put(LogForm.key(step.senior(), step.step()), step));
		return steps;
	}

	private String name(PersonId person) {
		return this.names.getOrDefault(person, "–");
	}

	private String attendance(@Nullable Attendance attendance) {
		return (attendance != null) ? text("logbook.attendance." + attendance) : "–";
	}

	private String level(@Nullable LearningLevel level) {
		return (level != null) ? text("logbook.level." + level) : text("logbook.level.none");
	}

	private String face(@Nullable Integer face) {
		return (face != null) ? text("logbook.face." + face) : text("logbook.face.none");
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, this.locale);
	}

	/**
	 * One revision as the history lists it.
	 *
	 * @param revision its number
	 * @param when when it was written, in the organisation's time
	 * @param who the user's display name
	 * @param onBehalf whether they logged it for the mentor
	 * @param reason why it was corrected, if said
	 * @param changes what it changed, in words; empty for the first log
	 */
	record Entry(int revision, String when, String who, boolean onBehalf, @Nullable String reason,
			List<String> changes) {
	}

}

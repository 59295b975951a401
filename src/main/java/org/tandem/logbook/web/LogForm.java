package org.tandem.logbook.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.util.MultiValueMap;
import org.tandem.curriculum.StepId;
import org.tandem.curriculum.TopicId;
import org.tandem.logbook.Attendance;
import org.tandem.logbook.LearningLevel;
import org.tandem.logbook.SessionReport;
import org.tandem.logbook.StepReached;
import org.tandem.people.PersonId;
import org.tandem.sessions.Participant;
import org.tandem.system.RuleViolated;

/**
 * The log form as the browser sends it, kept as typed so that a refused form shows it
 * again: {@code attendance.<person>}, {@code minutes}, {@code topics},
 * {@code level.<senior>.<step>} (empty: not worked on), {@code feedback.<senior>} (1 to
 * 5, empty: not asked), {@code note}, {@code attested}, {@code scamSeen}, and for a
 * correction {@code reason} and the {@code revision} the form showed.
 *
 * @param revision the revision shown, 0 for a first log
 * @param attendance each person's attendance, by person id
 * @param minutes the minutes as typed
 * @param topics the ids of the topics ticked
 * @param levels each level chosen, by {@code <senior>.<step>}
 * @param feedback each face chosen, by senior id
 * @param note the note
 * @param attested whether the attestation is ticked
 * @param scamSeen whether a possible scam is ticked
 * @param reason why the log is corrected
 */
record LogForm(int revision, Map<String, String> attendance, String minutes, Set<String> topics,
		Map<String, String> levels, Map<String, String> feedback, String note, boolean attested, boolean scamSeen,
		String reason) {

	/** A new log: everyone booked was there, for the planned length. */
	static LogForm fresh(List<Participant> booked, long plannedMinutes) {
		Map<String, String> attendance = new LinkedHashMap<>();
		booked.forEach((participant) -> attendance.put(participant.person().toString(), Attendance.PRESENT.name()));
		return new LogForm(0, attendance, Long.toString(plannedMinutes), Set.of(), Map.of(), Map.of(), "", false, false,
				"");
	}

	/** The log that holds now, to be corrected. */
	static LogForm of(int revision, SessionReport report) {
		Map<String, String> attendance = new LinkedHashMap<>();
		report.attendance().forEach((person, value) -> attendance.put(person.toString(), value.name()));
		Set<String> topics = new LinkedHashSet<>();
		report.topics().forEach((topic) -> topics.add(topic.toString()));
		Map<String, String> levels = new HashMap<>();
		report.steps().forEach((step) -> levels.put(key(step.senior(), step.step()), step.level().name()));
		Map<String, String> feedback = new HashMap<>();
		report.feedback().forEach((senior, face) -> feedback.put(senior.toString(), face.toString()));
		return new LogForm(revision, attendance, Integer.toString(report.minutes()), topics, levels, feedback,
				(report.note() != null) ? report.note() : "", report.attested(), report.scamSeen(), "");
	}

	static LogForm from(MultiValueMap<String, String> parameters) {
		Map<String, String> attendance = new LinkedHashMap<>();
		Map<String, String> levels = new HashMap<>();
		Map<String, String> feedback = new HashMap<>();
		parameters.forEach((name, values) -> {
			String value = values.isEmpty() ? "" : values.get(0);
			if (name.startsWith("attendance.")) {
				attendance.put(name.substring("attendance.".length()), value);
			}
			else if (name.startsWith("level.") && !value.isEmpty()) {
				levels.put(name.substring("level.".length()), value);
			}
			else if (name.startsWith("feedback.") && !value.isEmpty()) {
				feedback.put(name.substring("feedback.".length()), value);
			}
		});
		List<String> topics = parameters.getOrDefault("topics", List.of());
		return new LogForm(number(parameters.getFirst("revision")), attendance, text(parameters.getFirst("minutes")),
				new LinkedHashSet<>(topics), levels, feedback, text(parameters.getFirst("note")),
				"true".equals(parameters.getFirst("attested")), "true".equals(parameters.getFirst("scamSeen")),
				text(parameters.getFirst("reason")));
	}

	/**
	 * The report the form describes.
	 * @throws Unreadable if a value is not one the form offers (minutes that are not a
	 * number, say)
	 */
	SessionReport report() {
		Map<PersonId, Attendance> people = new HashMap<>();
		this.attendance.forEach((person, value) -> people.put(person(person, "attendance"),
				value(Attendance.class, value, "attendance")));
		int duration;
		try {
			duration = Integer.parseInt(this.minutes.strip());
		}
		catch (NumberFormatException ex) {
			throw new Unreadable("minutes", "MinutesNumber");
		}
		Set<TopicId> topicIds = new LinkedHashSet<>();
		for (String topic : this.topics) {
			topicIds.add(new TopicId(uuid(topic, "topics")));
		}
		List<StepReached> steps = new ArrayList<>();
		this.levels.forEach((key, level) -> {
			String[] ids = key.split("\\.");
			if (ids.length != 2) {
				throw new Unreadable("steps", "Unreadable");
			}
			steps.add(new StepReached(person(ids[0], "steps"), new StepId(uuid(ids[1], "steps")),
					value(LearningLevel.class, level, "steps")));
		});
		Map<PersonId, Integer> faces = new HashMap<>();
		this.feedback.forEach((senior, face) -> {
			try {
				faces.put(person(senior, "feedback"), Integer.valueOf(face));
			}
			catch (NumberFormatException ex) {
				throw new Unreadable("feedback", "Unreadable");
			}
		});
		return new SessionReport(people, duration, topicIds, steps, faces, this.note, this.attested, this.scamSeen);
	}

	/** The level chosen for a senior on a step, or "" if none. */
	public String level(Object senior, Object step) {
		return this.levels.getOrDefault(senior + "." + step, "");
	}

	static String key(PersonId senior, StepId step) {
		return senior + "." + step;
	}

	private static PersonId person(String id, String field) {
		return new PersonId(uuid(id, field));
	}

	private static UUID uuid(String id, String field) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new Unreadable(field, "Unreadable");
		}
	}

	private static <E extends Enum<E>> E value(Class<E> type, String value, String field) {
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			throw new Unreadable(field, "Unreadable");
		}
	}

	private static int number(@Nullable String value) {
		try {
			return (value != null) ? Math.max(0, Integer.parseInt(value.strip())) : 0;
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	private static String text(@Nullable String value) {
		return (value != null) ? value : "";
	}

	/** A value the form does not offer, named by its field. */
	static final class Unreadable extends RuleViolated {

		private static final long serialVersionUID = 1L;

		Unreadable(String field, String rule) {
			super(field, rule, "logbook.form." + rule);
		}

	}

}

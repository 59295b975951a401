package org.tandem.progress;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tandem.curriculum.Step;
import org.tandem.curriculum.StepId;
import org.tandem.curriculum.Topic;
import org.tandem.curriculum.TopicId;
import org.tandem.logbook.LearningLevel;
import org.tandem.logbook.StepEntry;
import org.tandem.people.PersonId;

/**
 * A senior's learning passport: every step of the topics they wanted and of any topic a
 * log reported for them, in the curriculum's order, each with its current level and its
 * history. Derived from the logs whenever it is read, never typed.
 *
 * @param senior the senior
 * @param name the senior's full name
 * @param today the day it was read, in the organisation's time zone
 * @param topics the topics, in catalogue order
 */
public record Passport(PersonId senior, String name, LocalDate today, List<PassportTopic> topics) {

	public Passport {
		topics = List.copyOf(topics);
	}

	/** Whether any session has reported a step yet. */
	public boolean anyProgress() {
		return this.topics.stream()
			.flatMap((topic) -> topic.steps().stream())
			.anyMatch((step) -> !step.history().isEmpty());
	}

	/**
	 * Works a passport out of the curriculum and the logs.
	 * @param catalogue every topic in catalogue order, retired steps included
	 * @param wanted the topics the senior asked for
	 * @param reported the topics of the sessions the senior came to
	 * @param entries the senior's steps as the logs say now, the oldest session first
	 * @param zone the organisation's time zone, for the days of the sessions
	 */
	static Passport derive(PersonId senior, String name, LocalDate today, List<Topic> catalogue,
			Collection<TopicId> wanted, Collection<TopicId> reported, List<StepEntry> entries, ZoneId zone) {
		Map<StepId, List<LevelReached>> history = new LinkedHashMap<>();
		for (StepEntry entry : entries) {
			history.computeIfAbsent(entry.step(), (step) -> new ArrayList<>())
				.add(new LevelReached(entry.heldAt().atZone(zone).toLocalDate(), entry.heldAt(), entry.level(),
						entry.occurrence()));
		}
		Set<TopicId> shown = new LinkedHashSet<>(wanted);
		shown.addAll(reported);
		for (Topic topic : catalogue) {
			if (topic.steps().stream().anyMatch((step) -> history.containsKey(step.id()))) {
				shown.add(topic.id());
			}
		}
		Set<TopicId> asked = Set.copyOf(wanted);
		List<PassportTopic> topics = new ArrayList<>();
		for (Topic topic : catalogue) {
			if (!shown.contains(topic.id())) {
				continue;
			}
			List<PassportStep> steps = new ArrayList<>();
			for (Step step : topic.steps()) {
				List<LevelReached> reached = history.getOrDefault(step.id(), List.of());
				if (step.retired() && reached.isEmpty()) {
					continue;
				}
				LearningLevel level = reached.isEmpty() ? LearningLevel.NOT_YET
						: reached.get(reached.size() - 1).level();
				steps.add(new PassportStep(step.id(), step.title(), step.retired(), level, reached));
			}
			topics.add(new PassportTopic(topic.id(), topic.code(), topic.name(), asked.contains(topic.id()), steps));
		}
		return new Passport(senior, name, today, topics);
	}

}

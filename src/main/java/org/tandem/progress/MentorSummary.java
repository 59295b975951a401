package org.tandem.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.tandem.curriculum.LocalizedText;
import org.tandem.people.PersonId;

/**
 * What a mentor has done, from the logs: the sessions they came to, their hours, the
 * seniors who came to them, the topics worked on; and their training hours, kept apart.
 *
 * @param mentor the mentor
 * @param name the mentor's full name
 * @param sessions the logged sessions the mentor came to
 * @param sessionMinutes the minutes of those sessions, added up
 * @param seniors how many different seniors came to those sessions
 * @param topics the topics worked on at them, in catalogue order
 * @param trainingHours the hours of training recorded, added up
 */
public record MentorSummary(PersonId mentor, String name, int sessions, long sessionMinutes, int seniors,
		List<LocalizedText> topics, BigDecimal trainingHours) {

	public MentorSummary {
		topics = List.copyOf(topics);
	}

	/** The session hours, to the nearest tenth. */
	public BigDecimal sessionHours() {
		return BigDecimal.valueOf(this.sessionMinutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
	}

}

package org.tandem.people;

import org.tandem.curriculum.TopicId;

/**
 * A topic a senior wants help with, and how much it matters: priority 1 is most
 * important. For a mentor, a topic they can teach (priority unused, 1).
 *
 * @param topic the topic
 * @param priority 1 (most important) to 5
 */
public record TopicWish(TopicId topic, int priority) {

	public TopicWish {
		if (priority < 1 || priority > 5) {
			throw new IllegalArgumentException("A topic priority is 1 to 5");
		}
	}

}

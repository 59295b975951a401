package org.tandem.people;

import java.util.List;

import org.tandem.curriculum.TopicId;

/**
 * A senior as a learning passport names them.
 *
 * @param id the senior
 * @param fullName first and last name
 * @param topics the topics they want help with, most wanted first
 */
public record Learner(PersonId id, String fullName, List<TopicId> topics) {

	public Learner {
		topics = List.copyOf(topics);
	}

}

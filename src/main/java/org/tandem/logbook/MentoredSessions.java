package org.tandem.logbook;

import java.util.Set;

import org.tandem.curriculum.TopicId;

/**
 * The logged sessions a mentor came to, as the logs say now.
 *
 * @param sessions how many
 * @param minutes their minutes added up
 * @param seniors how many different seniors came to them
 * @param topics the topics worked on at them
 */
public record MentoredSessions(int sessions, long minutes, int seniors, Set<TopicId> topics) {

	public MentoredSessions {
		topics = Set.copyOf(topics);
	}

}

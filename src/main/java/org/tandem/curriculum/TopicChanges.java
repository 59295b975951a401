package org.tandem.curriculum;

/**
 * An admin's edit of a topic, made against the version they saw. The code stays as it is:
 * other records and imports refer to it.
 *
 * @param version the version the admin saw; a stale edit is refused
 * @param position where the topic should come, from 1; a position past the end puts it
 * last
 * @param name the topic's name
 * @param description a sentence or two on what the topic is about
 */
public record TopicChanges(int version, int position, LocalizedText name, LocalizedText description) {

	public TopicChanges {
		if (position < 1) {
			throw new IllegalArgumentException("Positions start at 1");
		}
	}

}

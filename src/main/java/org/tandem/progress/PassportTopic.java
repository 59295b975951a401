package org.tandem.progress;

import java.util.List;

import org.tandem.curriculum.LocalizedText;
import org.tandem.curriculum.TopicId;

/**
 * A topic in a senior's passport, with its steps in the curriculum's order.
 *
 * @param id the topic
 * @param code its stable code
 * @param name its name
 * @param wanted whether the senior asked for it (otherwise a log reported it)
 * @param steps its steps
 */
public record PassportTopic(TopicId id, String code, LocalizedText name, boolean wanted, List<PassportStep> steps) {

	public PassportTopic {
		steps = List.copyOf(steps);
	}

}

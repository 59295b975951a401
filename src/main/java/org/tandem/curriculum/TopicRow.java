package org.tandem.curriculum;

import java.util.List;

/**
 * A topic as its table row holds it, without its steps.
 */
record TopicRow(TopicId id, String code, int position, LocalizedText name, LocalizedText description, int version) {

	Topic with(List<Step> steps) {
		return new Topic(this.id, this.code, this.position, this.name, this.description, steps, this.version);
	}

}

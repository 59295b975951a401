package org.tandem.curriculum;

import org.tandem.system.NotFound;

/** No topic with this id in the current organisation's curriculum. */
public class TopicNotFound extends NotFound {

	private static final long serialVersionUID = 1L;

	TopicNotFound(TopicId id) {
		super("curriculum.topic.notFound", id);
	}

}

package org.tandem.notifications;

import org.tandem.system.NotFound;

/** The organisation has no such message. */
public class MessageNotFound extends NotFound {

	private static final long serialVersionUID = 1L;

	MessageNotFound(MessageId id) {
		super("notifications.message.notFound", id);
	}

}

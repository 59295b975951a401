package org.tandem.notifications.web;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.tandem.notifications.Message;
import org.tandem.people.People;
import org.tandem.people.PersonId;
import org.tandem.people.PersonNotFound;

/**
 * The names the messages page shows for recipients: each person on a page read once;
 * someone no longer in the registry has no name.
 */
@Component
class Recipients {

	private final People people;

	Recipients(People people) {
		this.people = people;
	}

	/**
	 * The full names of the messages' recipients; null for those no longer registered.
	 */
	Map<PersonId, @Nullable String> namesOf(Iterable<Message> messages) {
		Map<PersonId, @Nullable String> names = new HashMap<>();
		for (Message message : messages) {
			if (!names.containsKey(message.recipient())) {
				names.put(message.recipient(), name(message.recipient()));
			}
		}
		return names;
	}

	private @Nullable String name(PersonId person) {
		try {
			return this.people.get(person).fullName();
		}
		catch (PersonNotFound gone) {
			return null;
		}
	}

}

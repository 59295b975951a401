package org.tandem.notifications.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.tandem.people.People;
import org.tandem.people.PersonId;
import org.tandem.people.PersonNotFound;

/**
 * The names the messages page shows for recipients: each person read once a page; someone
 * no longer in the registry has no name.
 */
@Component
class Recipients {

	private final People people;

	Recipients(People people) {
		this.people = people;
	}

	/** A fresh lookup for one page. */
	Names names() {
		return new Names();
	}

	final class Names {

		private final Map<PersonId, Optional<String>> names = new HashMap<>();

		/** The person's full name, or null if they are no longer in the registry. */
		@Nullable String of(PersonId person) {
			return this.names.computeIfAbsent(person, (id) -> {
				try {
					return Optional.of(Recipients.this.people.get(id).fullName());
				}
				catch (PersonNotFound gone) {
					return Optional.empty();
				}
			}).orElse(null);
		}

	}

}

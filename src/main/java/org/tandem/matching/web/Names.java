package org.tandem.matching.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.tandem.organisations.UserId;
import org.tandem.organisations.UserNotFound;
import org.tandem.organisations.Users;
import org.tandem.people.People;
import org.tandem.people.PersonId;

/**
 * The names the matching pages show for ids: read by id in bulk for just the people a
 * page shows (a page of a run's proposals, say), never a programme's people whole, nor
 * one query per row; someone no longer in the registry has no name.
 */
@Component
class Names {

	private final People people;

	private final Users users;

	Names(People people, Users users) {
		this.people = people;
		this.users = users;
	}

	/** The names of these people, whatever programme they are in now. */
	PeopleNames of(Collection<PersonId> ids) {
		return new PeopleNames(this.people.names(ids));
	}

	/** Who decided, by user id; the same user is read once. */
	UserNames users() {
		return new UserNames();
	}

	/** The names of the people of one page. */
	static final class PeopleNames {

		private final Map<PersonId, String> names;

		private PeopleNames(Map<PersonId, String> names) {
			this.names = names;
		}

		/** The person's name, or null if they are no longer in the registry. */
		@Nullable String name(PersonId id) {
			return this.names.get(id);
		}

	}

	/** Users' display names, each read once. */
	final class UserNames {

		private final Map<UUID, Optional<String>> names = new HashMap<>();

		@Nullable String name(@Nullable UUID user) {
			if (user == null) {
				return null;
			}
			return this.names.computeIfAbsent(user, (id) -> {
				try {
					return Optional.of(Names.this.users.find(new UserId(id)).displayName());
				}
				catch (UserNotFound gone) {
					return Optional.empty();
				}
			}).orElse(null);
		}

	}

}

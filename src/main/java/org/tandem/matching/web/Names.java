package org.tandem.matching.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.tandem.organisations.UserId;
import org.tandem.organisations.UserNotFound;
import org.tandem.organisations.Users;
import org.tandem.people.People;
import org.tandem.people.Person;
import org.tandem.people.PersonId;
import org.tandem.people.PersonKind;
import org.tandem.people.PersonPage;
import org.tandem.people.PersonQuery;
import org.tandem.people.PersonStatus;
import org.tandem.programmes.ProgrammeId;

/**
 * The names the matching pages show for ids: read by id in bulk for just the people a
 * page shows (a page of a run's proposals, say), never a programme's people whole, nor
 * one query per row; someone no longer in the registry has no name.
 */
@Component
class Names {

	static final int PAGE = 200;

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

	/**
	 * The programme's active people of one kind, by name, at most {@code limit} of them:
	 * what a manual pair is chosen from.
	 */
	List<Person> active(ProgrammeId programme, PersonKind kind, int limit) {
		return members(programme, kind, PersonStatus.ACTIVE, limit);
	}

	/** Whether the programme has more active people of one kind than {@code limit}. */
	boolean moreThan(ProgrammeId programme, PersonKind kind, int limit) {
		return this.people.page(query(programme, kind, PersonStatus.ACTIVE, 0)).totalItems() > limit;
	}

	/** Who decided, by user id; the same user is read once. */
	UserNames users() {
		return new UserNames();
	}

	private List<Person> members(ProgrammeId programme, PersonKind kind, @Nullable PersonStatus status, int limit) {
		List<Person> members = new java.util.ArrayList<>();
		for (int page = 0;; page++) {
			PersonPage read = this.people.page(query(programme, kind, status, page));
			for (Person person : read.items()) {
				if (members.size() == limit) {
					return members;
				}
				members.add(person);
			}
			if (!read.hasNext()) {
				return members;
			}
		}
	}

	private static PersonQuery query(ProgrammeId programme, PersonKind kind, @Nullable PersonStatus status, int page) {
		return new PersonQuery(kind, "", programme, null, null, null, status, null, page, PAGE);
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

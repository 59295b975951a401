package org.tandem.people;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tandem.organisations.LinkSearch;
import org.tandem.organisations.LinkTarget;
import org.tandem.organisations.LinkablePeople;
import org.tandem.system.Role;

/**
 * Answers the organisations module which mentors and seniors an account can be linked to:
 * a mentor for a MENTOR account, a senior for a SENIOR account, of any status (an account
 * may be made before its person is active).
 */
@Component
class PeopleForAccounts implements LinkablePeople {

	private final PersonRepository people;

	PeopleForAccounts(PersonRepository people) {
		this.people = people;
	}

	@Override
	public Optional<LinkTarget> find(UUID personId) {
		return this.people.find(new PersonId(personId)).map(PeopleForAccounts::target);
	}

	@Override
	public LinkSearch search(Role role, String search, int limit) {
		PersonKind kind = switch (role) {
			case MENTOR -> PersonKind.MENTOR;
			case SENIOR -> PersonKind.SENIOR;
			default -> null;
		};
		if (kind == null) {
			return new LinkSearch(List.of(), 0);
		}
		PersonPage page = this.people.page(new PersonQuery(kind, search, null, null, null, null, null, 0, limit));
		return new LinkSearch(page.items().stream().map(PeopleForAccounts::target).toList(), page.totalItems());
	}

	private static LinkTarget target(Person person) {
		return new LinkTarget(person.id().value(), person.fullName(), person.isMentor() ? Role.MENTOR : Role.SENIOR);
	}

}

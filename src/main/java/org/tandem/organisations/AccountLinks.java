package org.tandem.organisations;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.system.Role;

/**
 * Whom an account stands for in the registry: a mentor or a senior, and the venues of a
 * venue staff account. Ids only; the people and venues modules own the records.
 *
 * @param person the mentor or senior, if linked
 * @param personRole the role the person link is for ({@code MENTOR} or {@code SENIOR}),
 * set exactly when {@code person} is
 * @param venues the venues of a venue staff account, none if not linked
 */
public record AccountLinks(@Nullable UUID person, @Nullable Role personRole, Set<UUID> venues) {

	public static final AccountLinks NONE = new AccountLinks(null, null, Set.of());

	public AccountLinks {
		if ((person == null) != (personRole == null)) {
			throw new IllegalArgumentException("A person link names the role it is for");
		}
		venues = Set.copyOf(venues);
	}

	AccountLinks withVenues(Set<UUID> venues) {
		return new AccountLinks(this.person, this.personRole, venues);
	}

}

package org.tandem.organisations;

import java.util.Optional;
import java.util.UUID;

import org.tandem.system.Role;

/**
 * The mentors and seniors an account can be linked to, answered by the module that
 * registers them. Organisations keeps only their ids: the people module depends on
 * organisations, never the other way round, so it implements this.
 */
public interface LinkablePeople {

	/**
	 * A mentor or senior of the current organisation; another organisation's person is
	 * not there, exactly as one that does not exist.
	 */
	Optional<LinkTarget> find(UUID personId);

	/**
	 * Mentors ({@code role} MENTOR) or seniors (SENIOR) of the current organisation whose
	 * name, phone or e-mail matches the search, at most {@code limit}, by name.
	 */
	LinkSearch search(Role role, String search, int limit);

}

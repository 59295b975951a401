package org.tandem.logbook;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.tandem.people.PersonId;
import org.tandem.system.CurrentUser;

/**
 * Which registered mentor a signed-in user is. User accounts are not linked to people
 * yet, so no user is anyone's mentor: mentors cannot log their own sessions until they
 * are, and coordinators log for them.
 */
@Component
class MentorOfSession {

	Optional<PersonId> personOf(CurrentUser user) {
		return Optional.empty();
	}

}

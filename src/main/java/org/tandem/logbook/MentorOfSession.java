package org.tandem.logbook;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.tandem.people.PersonId;
import org.tandem.system.CurrentUser;

/**
 * Which registered person a signed-in mentor is: the person an admin linked to the
 * account. An account without a link is nobody's mentor, and a coordinator logs for them.
 */
@Component
class MentorOfSession {

	Optional<PersonId> personOf(CurrentUser user) {
		return user.personId().map(PersonId::new);
	}

}

package org.tandem.organisations;

import org.tandem.system.NotFound;

/** No user with this id in the current organisation. */
public class UserNotFound extends NotFound {

	private static final long serialVersionUID = 1L;

	UserNotFound(UserId id) {
		super("users.notFound", id);
	}

}

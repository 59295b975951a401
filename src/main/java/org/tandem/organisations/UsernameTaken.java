package org.tandem.organisations;

import org.tandem.system.RuleViolated;

/** Another account, in this or another organisation, already signs in with this name. */
public class UsernameTaken extends RuleViolated {

	private static final long serialVersionUID = 1L;

	UsernameTaken(Username username) {
		super("username", "UsernameTaken", "users.usernameTaken", username.value());
	}

}

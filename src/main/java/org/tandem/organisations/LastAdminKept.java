package org.tandem.organisations;

import org.tandem.system.RuleViolated;

/** The change would leave the organisation without an enabled admin. */
public class LastAdminKept extends RuleViolated {

	private static final long serialVersionUID = 1L;

	LastAdminKept(String field) {
		super(field, "LastAdminKept", "users.lastAdminKept");
	}

}

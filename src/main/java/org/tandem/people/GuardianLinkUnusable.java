package org.tandem.people;

import org.tandem.system.NotFound;

/** A guardian's consent link that does not exist, has expired or was already used. */
public class GuardianLinkUnusable extends NotFound {

	private static final long serialVersionUID = 1L;

	GuardianLinkUnusable() {
		super("people.guardian.linkUnusable", "link");
	}

}

package org.tandem.people;

import org.tandem.system.NotFound;

/** No consent with this id in the current organisation. */
public class ConsentNotFound extends NotFound {

	private static final long serialVersionUID = 1L;

	ConsentNotFound(Object id) {
		super("people.consent.notFound", id);
	}

}

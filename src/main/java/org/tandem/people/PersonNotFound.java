package org.tandem.people;

import org.tandem.system.NotFound;

/** No mentor or senior with this id in the current organisation. */
public class PersonNotFound extends NotFound {

	private static final long serialVersionUID = 1L;

	PersonNotFound(Object id) {
		super("people.notFound", id);
	}

}

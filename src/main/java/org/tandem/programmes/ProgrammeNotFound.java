package org.tandem.programmes;

import org.tandem.system.NotFound;

/** No programme with this id in the current organisation. */
public class ProgrammeNotFound extends NotFound {

	private static final long serialVersionUID = 1L;

	ProgrammeNotFound(ProgrammeId id) {
		super("programmes.notFound", id);
	}

}

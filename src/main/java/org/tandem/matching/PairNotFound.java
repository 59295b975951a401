package org.tandem.matching;

import org.tandem.system.NotFound;

/** The organisation has no such decision on a pair. */
public class PairNotFound extends NotFound {

	private static final long serialVersionUID = 1L;

	PairNotFound(PairId id) {
		super("matching.pair.notFound", id);
	}

}

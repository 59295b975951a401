package org.tandem.matching;

import org.tandem.system.NotFound;

/**
 * No such matching run in the current organisation, or a run that has not stored its
 * candidates (yet).
 */
public class MatchingRunNotFound extends NotFound {

	private static final long serialVersionUID = 1L;

	MatchingRunNotFound(MatchingRunId id) {
		this("matching.run.notFound", id);
	}

	private MatchingRunNotFound(String messageKey, MatchingRunId id) {
		super(messageKey, id);
	}

	/** The run exists, but its candidates are not stored: it failed or is still early. */
	static MatchingRunNotFound candidatesOf(MatchingRunId id) {
		return new MatchingRunNotFound("matching.run.candidatesNotStored", id);
	}

}

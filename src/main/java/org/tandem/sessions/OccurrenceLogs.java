package org.tandem.sessions;

import java.util.Collection;
import java.util.Map;

/**
 * Which occurrences have been logged, and the revision their log is at. The module that
 * keeps session logs answers it; the sessions pages show a past meeting as "Log" or
 * "Logged" with it, without depending on that module.
 */
public interface OccurrenceLogs {

	/**
	 * The current revision of each of these occurrences that has a log; occurrences
	 * without one are left out.
	 */
	Map<OccurrenceId, Integer> revisions(Collection<OccurrenceId> occurrences);

}

package org.tandem.logbook;

import java.util.Collection;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.tandem.sessions.OccurrenceId;
import org.tandem.sessions.OccurrenceLogs;

/**
 * Tells the sessions pages which of their occurrences are logged, and at which revision,
 * so that they link to the log without depending on this module.
 */
@Component
class LoggedRevisions implements OccurrenceLogs {

	private final LogbookRepository logs;

	LoggedRevisions(LogbookRepository logs) {
		this.logs = logs;
	}

	@Override
	public Map<OccurrenceId, Integer> revisions(Collection<OccurrenceId> occurrences) {
		return this.logs.revisions(occurrences);
	}

}

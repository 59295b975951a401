package org.tandem.imports;

import org.springframework.stereotype.Component;
import org.tandem.system.BackgroundPool;

/**
 * Runs import commits in the background: two at a time, so that a large file never holds
 * a request, and twenty may wait.
 */
@Component
class CommitRunner extends BackgroundPool {

	static final int THREADS = 2;

	static final int WAITING = 20;

	CommitRunner() {
		super("import-commit-", THREADS, WAITING);
	}

}

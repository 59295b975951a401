package org.tandem.matching;

import org.springframework.stereotype.Component;
import org.tandem.system.BackgroundPool;

/**
 * Runs matching runs in the background. One run at a time solves (the solver itself uses
 * every processor, and a national run needs most of the heap); a few more may wait.
 */
@Component
class RunExecutor extends BackgroundPool {

	static final int THREADS = 1;

	static final int WAITING = 10;

	RunExecutor() {
		super("matching-run-", THREADS, WAITING);
	}

}

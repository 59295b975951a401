package org.tandem.matching;

/** Where a matching run stands. */
public enum MatchingRunStatus {

	/** Waiting for or being worked on in the background; see its progress. */
	RUNNING,

	/** Its proposal and candidates are stored and will not change. */
	FINISHED,

	/** It stopped on an error; nothing it proposed is kept. Start another. */
	FAILED

}

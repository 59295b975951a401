package org.tandem.imports;

/** Where an import is between upload and commit. */
public enum ImportStatus {

	/** Read and checked; the coordinator may change the columns or commit. */
	READY,

	/** The commit is running in the background. */
	COMMITTING,

	/** The people are in the registry. */
	COMMITTED,

	/**
	 * The commit stopped on something unexpected; nothing was written and it may be
	 * retried.
	 */
	FAILED

}

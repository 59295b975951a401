package org.tandem.matching;

/** Where a coordinator's decision on a pair stands. */
public enum PairStatus {

	/** They meet: kept in every run, and both count as having a partner. */
	APPROVED,

	/**
	 * Kept in every run while the coordinator makes up their mind; neither counts as
	 * matched yet.
	 */
	PINNED,

	/** Never proposed again, for the reason the coordinator gave. */
	REJECTED,

	/** Was approved or pinned and is over; counts as continuity in later runs. */
	ENDED;

	/** Whether the pair holds its mentor's place and its senior in runs. */
	public boolean kept() {
		return this == APPROVED || this == PINNED;
	}

}

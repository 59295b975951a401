package org.tandem.matching;

import java.io.IOException;
import java.util.UUID;

/**
 * Receives a run's candidate set as it is read back from storage, one item at a time, so
 * that a national run's millions of pairs can be written out as JSON or CSV without ever
 * being held as objects. Items arrive in a fixed order, each kind sorted by id: every
 * senior to be matched, every mentor, then every candidate pair (by senior, then mentor),
 * then every pair kept from before.
 */
public interface CandidateSink {

	/** A senior the run was to match, whether or not any pair allows it. */
	void senior(UUID seniorId) throws IOException;

	/**
	 * A mentor and the load penalty of each further new senior; the array's length is the
	 * mentor's free capacity. The array is the sink's to keep.
	 */
	void mentor(UUID mentorId, int[] penalties) throws IOException;

	/** A pair the hard rules allow, with the score the solver used. */
	void candidate(UUID seniorId, UUID mentorId, int score) throws IOException;

	/** A pair kept from before, which the solver carried through untouched. */
	void fixed(UUID seniorId, UUID mentorId, int score) throws IOException;

}

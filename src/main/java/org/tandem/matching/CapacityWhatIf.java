package org.tandem.matching;

import org.tandem.people.PersonId;

/**
 * What one mentor taking more seniors would change, both matchings computed from the
 * registry and the coordinator's decisions as they stand now.
 *
 * @param mentor the mentor
 * @param extraPlaces how many more seniors the mentor would take
 * @param mode the matching compared
 * @param matchedBefore seniors newly matched with the capacity as registered
 * @param objectiveBefore the total then
 * @param matchedAfter seniors newly matched with the extra places
 * @param objectiveAfter the total then
 */
public record CapacityWhatIf(PersonId mentor, int extraPlaces, MatchingMode mode, int matchedBefore,
		long objectiveBefore, int matchedAfter, long objectiveAfter) {

	/** How many more seniors would have a mentor. */
	public int moreSeniorsMatched() {
		return this.matchedAfter - this.matchedBefore;
	}

}

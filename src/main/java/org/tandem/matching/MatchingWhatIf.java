package org.tandem.matching;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.people.People;
import org.tandem.people.PersonId;
import org.tandem.people.PersonKind;
import org.tandem.programmes.ProgrammeId;

/**
 * What-if questions a coordinator asks before changing anything: how many more seniors
 * would be matched if this mentor took one more? Both sides are solved exactly from the
 * same registry and decisions, so the difference is the change's own effect, whatever
 * changed since the last run. Solved on the caller's thread: a municipality's programme
 * takes well under a second; a national one as long as a run.
 */
@Service
public class MatchingWhatIf {

	/** More than this many extra places is not a question about one mentor any more. */
	public static final int MAX_EXTRA_PLACES = 10;

	private final CandidateFinder finder;

	private final Pairs pairs;

	private final People people;

	MatchingWhatIf(CandidateFinder finder, Pairs pairs, People people) {
		this.finder = finder;
		this.pairs = pairs;
		this.people = people;
	}

	/**
	 * Matches the programme twice, with the mentor's capacity as registered and with
	 * {@code extraPlaces} more.
	 * @throws org.tandem.people.PersonNotFound if the organisation has no such mentor
	 * @throws org.tandem.programmes.ProgrammeNotFound if it has no such programme
	 * @throws IllegalArgumentException for a mode other than optimal or stable, or places
	 * outside 1 to {@value #MAX_EXTRA_PLACES} (the API checks both first)
	 */
	@Transactional(readOnly = true)
	public CapacityWhatIf morePlaces(ProgrammeId programme, PersonId mentor, int extraPlaces, MatchingMode mode) {
		if (extraPlaces < 1 || extraPlaces > MAX_EXTRA_PLACES) {
			throw new IllegalArgumentException("Extra places must lie between 1 and " + MAX_EXTRA_PLACES);
		}
		if (mode == MatchingMode.GREEDY) {
			throw new IllegalArgumentException("What-if compares optimal or stable matchings");
		}
		this.people.get(PersonKind.MENTOR, mentor);
		CandidateRequest request = this.pairs.request(programme);
		MatchingResult before = mode.solve(this.finder.find(request).problem());
		MatchingResult after = mode.solve(this.finder.find(request.withExtraPlaces(mentor, extraPlaces)).problem());
		return new CapacityWhatIf(mentor, extraPlaces, mode, before.matchedCount(), before.objective(),
				after.matchedCount(), after.objective());
	}

}

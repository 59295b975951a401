package org.tandem.sessions;

import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.tandem.matching.PairId;

/**
 * A coordinator's plan for an approved pair to meet.
 *
 * @param pair the approved pair
 * @param title what the meeting is about ("Hjälp med BankID"); the pair's names if blank
 * @param location where they meet
 * @param schedule when, single or weekly
 */
public record OneToOnePlan(PairId pair, @Nullable String title, Location location, Schedule schedule) {

	public OneToOnePlan {
		Objects.requireNonNull(pair, "pair");
		Objects.requireNonNull(location, "location");
		Objects.requireNonNull(schedule, "schedule");
		title = Titles.optional(title);
	}

}

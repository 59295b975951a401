package org.tandem.demo;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.tandem.matching.Pair;
import org.tandem.matching.PairOfPeople;
import org.tandem.matching.PairRefused;
import org.tandem.matching.Pairs;
import org.tandem.people.PersonId;
import org.tandem.sessions.Location;
import org.tandem.sessions.OneToOnePlan;
import org.tandem.sessions.Place;
import org.tandem.sessions.ProposedTime;
import org.tandem.sessions.Schedule;
import org.tandem.sessions.Sessions;
import org.tandem.sessions.TimeProposals;
import org.tandem.system.RuleViolated;

/**
 * The demo's first pair and its weekly sessions, so that the demo mentor and senior have
 * sessions of their own to see: the first mentor and senior the hard rules let meet,
 * approved by hand, meeting weekly from tomorrow at the first time that suits them both.
 */
@Component
@Profile("demo")
class DemoSessions {

	/** How many weekly meetings the demo pair has, fewer if the term ends sooner. */
	static final int MEETINGS = 6;

	private static final Logger log = LoggerFactory.getLogger(DemoSessions.class);

	private final Pairs pairs;

	private final TimeProposals proposals;

	private final Sessions sessions;

	DemoSessions(Pairs pairs, TimeProposals proposals, Sessions sessions) {
		this.pairs = pairs;
		this.proposals = proposals;
		this.sessions = sessions;
	}

	/**
	 * The first pair the rules allow, approved, with its sessions planned if they fit.
	 */
	Optional<Pair> firstPair(DemoProgramme.Made made) {
		for (PersonId mentor : made.mentors()) {
			for (PersonId senior : made.seniors()) {
				try {
					Pair pair = this.pairs.pairManually(made.programme(), new PairOfPeople(senior, mentor));
					plan(pair);
					return Optional.of(pair);
				}
				catch (PairRefused refused) {
					// Try the next two.
				}
			}
		}
		log.info("The demo has no pair: no mentor and senior meet the hard rules");
		return Optional.empty();
	}

	private void plan(Pair pair) {
		LocalDate tomorrow = this.sessions.today().plusDays(1);
		try {
			for (ProposedTime time : this.proposals.next(pair.id(), tomorrow, 1, Place.VENUE)) {
				Location room = Location.room(time.venue(), time.room());
				for (int count = MEETINGS; count >= 1; count--) {
					Schedule schedule = (count == 1) ? Schedule.single(time.day(), time.start(), time.end())
							: Schedule.weekly(time.day(), time.start(), time.end(), 1, null, count, Set.of());
					try {
						this.sessions.plan(new OneToOnePlan(pair.id(), null, room, schedule));
						return;
					}
					catch (RuleViolated tooLate) {
						// Fewer meetings, in case the term ends first.
					}
				}
			}
		}
		catch (RuleViolated noTime) {
			// The term is over: the pair stays without sessions.
		}
		log.info("The demo pair has no sessions: no time fits before the term ends");
	}

}

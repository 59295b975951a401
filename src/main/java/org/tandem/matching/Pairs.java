package org.tandem.matching;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.people.People;
import org.tandem.people.PersonId;
import org.tandem.programmes.ProgrammeId;
import org.tandem.programmes.Programmes;
import org.tandem.system.CurrentUser;
import org.tandem.system.Tenancy;

/**
 * The coordinator's decisions on pairs: approve a proposal, pin it while deciding, reject
 * it with a reason, make a pair by hand, end a pair. Every pair that is approved, pinned
 * or made by hand is checked against the hard rules as the registry stands now, and
 * refused with the rule named if it breaks one; who decided and when is recorded.
 * Approving notifies nobody yet; it tells the registry that both now have a partner.
 */
@Service
public class Pairs {

	private static final int MAX_REASON = 500;

	private final PairRepository pairs;

	private final CandidateFinder finder;

	private final People people;

	private final Programmes programmes;

	private final Tenancy tenancy;

	private final Clock clock;

	Pairs(PairRepository pairs, CandidateFinder finder, People people, Programmes programmes, Tenancy tenancy,
			Clock clock) {
		this.pairs = pairs;
		this.finder = finder;
		this.people = people;
		this.programmes = programmes;
		this.tenancy = tenancy;
		this.clock = clock;
	}

	/** The programme's approved, pinned and rejected pairs, oldest decision first. */
	public List<Pair> of(ProgrammeId programme) {
		this.programmes.get(programme);
		return this.pairs.inProgramme(programme, List.of(PairStatus.APPROVED, PairStatus.PINNED, PairStatus.REJECTED));
	}

	/**
	 * @throws PairNotFound if the organisation has no such decision
	 */
	public Pair get(PairId id) {
		return this.pairs.find(id).orElseThrow(() -> new PairNotFound(id));
	}

	/**
	 * Approves a pair, usually one a run proposed.
	 * @param run the run that proposed it, if any
	 * @param score its score in that run, if any
	 * @throws PairRefused if the pair breaks a hard rule now
	 */
	@Transactional
	public Pair approve(ProgrammeId programme, PairOfPeople pair, @Nullable UUID run, @Nullable Integer score) {
		refuseIfBroken(programme, pair, null);
		Pair approved = record(programme, pair, PairStatus.APPROVED, false, run, score, null);
		partnered(pair);
		return approved;
	}

	/**
	 * Keeps a proposed pair in every run while the coordinator decides.
	 * @throws PairRefused if the pair breaks a hard rule now
	 */
	@Transactional
	public Pair pin(ProgrammeId programme, PairOfPeople pair, @Nullable UUID run, @Nullable Integer score) {
		refuseIfBroken(programme, pair, null);
		return record(programme, pair, PairStatus.PINNED, false, run, score, null);
	}

	/**
	 * A pair the coordinator makes by hand, approved at once.
	 * @throws PairRefused with the first hard rule it breaks
	 */
	@Transactional
	public Pair pairManually(ProgrammeId programme, PairOfPeople pair) {
		refuseIfBroken(programme, pair, null);
		Pair approved = record(programme, pair, PairStatus.APPROVED, true, null, null, null);
		partnered(pair);
		return approved;
	}

	/**
	 * Rejects a proposed pair: later runs never propose it again.
	 * @throws RejectionNeedsReason if no reason is given
	 */
	@Transactional
	public Pair reject(ProgrammeId programme, PairOfPeople pair, String reason, @Nullable UUID run) {
		this.programmes.get(programme);
		return record(programme, pair, PairStatus.REJECTED, false, run, null, reason(reason));
	}

	/**
	 * Approves a pinned pair.
	 * @throws PairRefused if it breaks a hard rule now
	 * @throws PairCannotMove if the pair is not pinned
	 */
	@Transactional
	public Pair approvePinned(PairId id) {
		Pair pinned = get(id);
		if (pinned.status() != PairStatus.PINNED) {
			throw PairCannotMove.onlyPinnedIsApproved(pinned.status());
		}
		refuseIfBroken(pinned.programme(), pinned.people(), pinned.id());
		if (!this.pairs.decide(id, PairStatus.PINNED, PairStatus.APPROVED, null, userId(), this.clock.instant())) {
			throw PairCannotMove.changedMeanwhile(pinned.status());
		}
		partnered(pinned.people());
		return get(id);
	}

	/**
	 * Ends an approved or pinned pair; someone left without another pair goes back to
	 * waiting.
	 * @throws PairCannotMove if the pair is neither approved nor pinned
	 */
	@Transactional
	public Pair end(PairId id, @Nullable String reason) {
		Pair pair = get(id);
		if (!pair.status().kept()) {
			throw PairCannotMove.onlyKeptEnds(pair.status());
		}
		if (!this.pairs.end(id, pair.status(), (reason == null || reason.isBlank()) ? null : reason(reason), userId(),
				this.clock.instant())) {
			throw PairCannotMove.changedMeanwhile(pair.status());
		}
		if (pair.status() == PairStatus.APPROVED) {
			for (PersonId person : List.of(pair.senior(), pair.mentor())) {
				if (this.pairs.approvedPairsOf(person) == 0) {
					this.people.recordMatched(person, false);
				}
			}
		}
		return get(id);
	}

	/**
	 * What a run of the programme starts from: approved and pinned pairs kept, rejected
	 * ones excluded, ended ones counted as continuity.
	 */
	CandidateRequest request(ProgrammeId programme) {
		return request(programme, null);
	}

	/**
	 * The same as {@link #request(ProgrammeId)}, from only the decisions that involve
	 * some of the programme's people: exact for a candidate set of just those people.
	 */
	CandidateRequest requestAround(ProgrammeId programme, Collection<PersonId> people) {
		return request(programme, this.pairs.involving(programme, people), null);
	}

	/**
	 * What a candidate set of one senior and some mentors starts from, exactly as far as
	 * that set is concerned: every decision that involves the senior, and the approved
	 * and pinned pairs of the mentors, which take their places. The mentors' other
	 * decisions concern seniors outside the set, who change nothing in it; a big town's
	 * mentors have thousands of pairs, read this way as two ids each.
	 */
	CandidateRequest requestAroundSenior(ProgrammeId programme, PersonId senior, Collection<PersonId> mentors) {
		CandidateRequest own = request(programme, this.pairs.involving(programme, List.of(senior)), null);
		Set<PairOfPeople> kept = new LinkedHashSet<>(this.pairs.keptWithMentors(programme, mentors));
		kept.addAll(own.kept());
		return new CandidateRequest(programme, List.copyOf(kept), own.rejected(), own.previous());
	}

	private CandidateRequest request(ProgrammeId programme, @Nullable PairId leaving) {
		return request(programme, this.pairs.inProgramme(programme, List.of(PairStatus.values())), leaving);
	}

	private static CandidateRequest request(ProgrammeId programme, List<Pair> decided, @Nullable PairId leaving) {
		List<PairOfPeople> kept = decided.stream()
			.filter((pair) -> pair.status().kept() && !pair.id().equals(leaving))
			.map(Pair::people)
			.toList();
		Set<PairOfPeople> rejected = decided.stream()
			.filter((pair) -> pair.status() == PairStatus.REJECTED)
			.map(Pair::people)
			.collect(Collectors.toSet());
		Set<PairOfPeople> previous = decided.stream()
			.filter((pair) -> pair.status() == PairStatus.ENDED)
			.map(Pair::people)
			.collect(Collectors.toSet());
		return new CandidateRequest(programme, kept, rejected, previous);
	}

	/**
	 * Checks the pair against the hard rules with only the two people and the decisions
	 * that involve them, which is all a rule can depend on: a mentor's free places count
	 * the mentor's kept pairs, and the senior may have one kept pair at most.
	 */
	private void refuseIfBroken(ProgrammeId programme, PairOfPeople pair, @Nullable PairId leaving) {
		Set<PairRule> broken = this.finder
			.aroundPair(programme, pair,
					(people) -> request(programme, this.pairs.involving(programme, people), leaving))
			.rulesBroken(pair.senior(), pair.mentor());
		if (!broken.isEmpty()) {
			throw new PairRefused(broken);
		}
	}

	private Pair record(ProgrammeId programme, PairOfPeople pair, PairStatus status, boolean manual, @Nullable UUID run,
			@Nullable Integer score, @Nullable String reason) {
		Pair decided = new Pair(new PairId(UUID.randomUUID()), programme, pair.senior(), pair.mentor(), status, manual,
				run, score, reason, userId(), this.clock.instant(), null, null);
		this.pairs.insert(decided);
		return decided;
	}

	private void partnered(PairOfPeople pair) {
		this.people.recordMatched(pair.senior(), true);
		this.people.recordMatched(pair.mentor(), true);
	}

	private @Nullable UUID userId() {
		return this.tenancy.signedInUser().map(CurrentUser::userId).orElse(null);
	}

	private static String reason(@Nullable String reason) {
		String given = (reason != null) ? reason.strip() : "";
		if (given.isEmpty()) {
			throw new RejectionNeedsReason();
		}
		return (given.length() > MAX_REASON) ? given.substring(0, MAX_REASON) : given;
	}

}

package org.tandem.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.tandem.demo.GeneratedRegistry;
import org.tandem.organisations.Organisation;
import org.tandem.organisations.Organisations;
import org.tandem.people.People;
import org.tandem.people.PersonForMatching;
import org.tandem.people.PersonId;
import org.tandem.programmes.ProgrammeId;
import org.tandem.programmes.Programmes;
import org.tandem.testing.TandemTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Matching one newcomer reads only the senior, the mentors of the senior's municipalities
 * and the decisions that involve them; checking one pair reads only the two. Both must
 * see exactly what a run of the whole programme sees. Checked on generated registries
 * across many municipalities, with pairs approved, pinned, rejected and ended: for every
 * active senior, the same allowed mentors with the same scores, load penalties and
 * explanations, and the proposal is the optimum; for random pairs, the same broken rules.
 */
@TandemTest
class NewcomersTest {

	@Autowired
	ApplicationContext app;

	@Autowired
	Organisations organisations;

	@Autowired
	Programmes programmes;

	@Autowired
	People people;

	@Autowired
	CandidateFinder finder;

	@Autowired
	Pairs pairs;

	@Autowired
	Newcomers newcomers;

	static Stream<Long> seeds() {
		return Stream.of(11L, 12L, 13L);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void aNewcomerSeesExactlyWhatAWholeRunSees(long seed) {
		Organisation organisation = GeneratedRegistry.write(this.app, "Newcomers " + seed + " " + UUID.randomUUID(),
				360, 110, 24, seed);
		this.organisations.actFor(organisation, () -> {
			ProgrammeId programme = this.programmes.all().get(0).id();
			decideSome(programme, new Random(seed));
			CandidateSet whole = this.finder.find(this.pairs.request(programme));
			MatchingProblem problem = whole.problem();
			int compared = 0;
			int withOptions = 0;
			for (PersonForMatching senior : this.people.forMatching(programme)) {
				if (senior.isMentor()) {
					continue;
				}
				PersonId id = senior.id();
				int s = problem.seniorIndex(id.value());
				if (s < 0) {
					assertThatExceptionOfType(SeniorNotMatchable.class).as("seed %d: senior %s is kept", seed, id)
						.isThrownBy(() -> this.newcomers.propose(programme, id));
					continue;
				}
				Map<PersonId, int[]> expected = new HashMap<>();
				for (int pair = problem.pairsStart(s); pair < problem.pairsEnd(s); pair++) {
					int m = problem.candidates().mentor(pair);
					expected.put(new PersonId(problem.mentorId(m)),
							new int[] { problem.candidates().score(pair), problem.penalties(m).cost(0) });
				}
				CandidateSet around = this.finder.aroundSenior(programme, id,
						(ids) -> this.pairs.requestAroundSenior(programme, id, ids));
				MatchingProblem narrow = around.problem();
				int n = narrow.seniorIndex(id.value());
				Map<PersonId, int[]> found = new HashMap<>();
				for (int pair = narrow.pairsStart(n); pair < narrow.pairsEnd(n); pair++) {
					int m = narrow.candidates().mentor(pair);
					PersonId mentor = new PersonId(narrow.mentorId(m));
					found.put(mentor, new int[] { narrow.candidates().score(pair), narrow.penalties(m).cost(0) });
					assertThat(around.explain(id, mentor)).as("seed %d: explanation of %s", seed, mentor)
						.isEqualTo(whole.explain(id, mentor));
				}
				assertThat(found.keySet()).as("seed %d: mentors of senior %s", seed, id).isEqualTo(expected.keySet());
				found.forEach((mentor, values) -> assertThat(values)
					.as("seed %d: score and penalty of %s with %s", seed, id, mentor)
					.containsExactly(expected.get(mentor)));
				MentorProposal proposal = this.newcomers.propose(programme, id);
				if (expected.isEmpty()) {
					assertThat(proposal.best()).isNull();
					assertThat(proposal.reasons()).as("seed %d: reasons for %s", seed, id).isNotEmpty();
				}
				else {
					withOptions++;
					int bestValue = expected.values().stream().mapToInt((v) -> v[0] - v[1]).max().orElseThrow();
					assertThat(proposal.best()).isNotNull();
					assertThat(proposal.best().value()).as("seed %d: best for %s", seed, id).isEqualTo(bestValue);
					assertThat(proposal.alternatives()).hasSize(Math.min(4, expected.size() - 1))
						.allSatisfy((option) -> assertThat(option.value()).isLessThanOrEqualTo(bestValue));
					assertThat(proposal.reasons()).isEmpty();
				}
				compared++;
			}
			assertThat(compared).as("seed %d: seniors compared", seed).isGreaterThan(100);
			assertThat(withOptions).as("seed %d: seniors with a mentor to propose", seed).isGreaterThan(10);
			checkPairs(programme, whole, new Random(seed + 1));
		});
	}

	/** Random pairs, allowed or not, get the same broken rules from two people only. */
	private void checkPairs(ProgrammeId programme, CandidateSet whole, Random random) {
		List<PersonForMatching> everyone = this.people.forMatching(programme);
		List<PersonId> seniors = everyone.stream().filter((p) -> !p.isMentor()).map(PersonForMatching::id).toList();
		List<PersonId> mentors = everyone.stream()
			.filter(PersonForMatching::isMentor)
			.map(PersonForMatching::id)
			.toList();
		List<PairOfPeople> checked = new ArrayList<>();
		MatchingProblem problem = whole.problem();
		for (int pair = 0; pair < problem.candidates().size() && checked.size() < 60; pair += 7) {
			checked.add(new PairOfPeople(new PersonId(problem.seniorId(problem.candidates().senior(pair))),
					new PersonId(problem.mentorId(problem.candidates().mentor(pair)))));
		}
		for (int i = 0; i < 140; i++) {
			checked.add(new PairOfPeople(seniors.get(random.nextInt(seniors.size())),
					mentors.get(random.nextInt(mentors.size()))));
		}
		for (PairOfPeople pair : checked) {
			Set<PairRule> narrow = this.finder
				.aroundPair(programme, pair, (ids) -> this.pairs.requestAround(programme, ids))
				.rulesBroken(pair.senior(), pair.mentor());
			assertThat(narrow).as("rules broken by %s", pair)
				.isEqualTo(whole.rulesBroken(pair.senior(), pair.mentor()));
		}
	}

	/**
	 * Approves, pins, rejects and ends some allowed pairs of a first run, so that kept
	 * loads, kept seniors, rejections and continuity all take part.
	 */
	private void decideSome(ProgrammeId programme, Random random) {
		MatchingProblem problem = this.finder.find(this.pairs.request(programme)).problem();
		MatchingResult optimum = new OptimalMatching().solve(problem);
		int i = 0;
		for (Assignment assignment : optimum.assignments()) {
			PairOfPeople pair = new PairOfPeople(new PersonId(assignment.seniorId()),
					new PersonId(assignment.mentorId()));
			switch (i++ % 5) {
				case 0 -> this.pairs.approve(programme, pair, null, null);
				case 1 -> this.pairs.pin(programme, pair, null, null);
				case 2 -> this.pairs.reject(programme, pair, "Bor för långt isär", null);
				case 3 -> this.pairs.end(this.pairs.approve(programme, pair, null, null).id(), "Flyttade");
				default -> {
					// left to be proposed again
				}
			}
			if (i == 40 + random.nextInt(10)) {
				break;
			}
		}
	}

}

package org.tandem.matching;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.tandem.people.PersonId;
import org.tandem.programmes.ProgrammeId;
import org.tandem.system.OrganisationId;
import org.tandem.system.Tenancy;
import org.tandem.system.TenantJdbc;
import org.tandem.testing.OrganisationRows;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Matching runs as both databases must keep them: one running run per programme, a run
 * abandoned by its instance taken over, the candidate set read back exactly, the proposal
 * with its phrases, and nothing seen or changed across organisations.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
@Import({ TenantJdbc.class, Tenancy.class, MatchingRunRepository.class })
abstract class MatchingRunRepositoryContract {

	static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

	@Autowired
	MatchingRunRepository runs;

	@Autowired
	Tenancy tenancy;

	@Autowired
	JdbcClient jdbc;

	OrganisationId umea;

	OrganisationId lulea;

	final ProgrammeId programme = new ProgrammeId(UUID.randomUUID());

	final MatchingRunId run = new MatchingRunId(UUID.randomUUID());

	final UUID coordinator = UUID.randomUUID();

	@BeforeEach
	void twoOrganisations() {
		this.umea = organisation("Umeå");
		this.lulea = organisation("Luleå");
	}

	OrganisationId organisation(String name) {
		return OrganisationRows.insert(this.jdbc, name);
	}

	boolean start(MatchingRunId id, Instant at) {
		return this.tenancy.callAs(this.umea,
				() -> this.runs.start(id, this.programme, MatchingMode.OPTIMAL, this.coordinator, at));
	}

	@Test
	void aStartedRunIsRunningWithWhoStartedItAndWhen() {
		assertThat(start(this.run, NOW)).isTrue();

		MatchingRun read = this.tenancy.callAs(this.umea, () -> this.runs.find(this.run)).orElseThrow();
		assertThat(read.status()).isEqualTo(MatchingRunStatus.RUNNING);
		assertThat(read.mode()).isEqualTo(MatchingMode.OPTIMAL);
		assertThat(read.programme()).isEqualTo(this.programme);
		assertThat(read.progress()).isZero();
		assertThat(read.startedBy()).isEqualTo(this.coordinator);
		assertThat(read.startedAt()).isEqualTo(NOW);
		assertThat(read.matchedCount()).isNull();
		assertThat(read.objective()).isNull();
		assertThat(read.finishedAt()).isNull();
	}

	@Test
	void aProgrammeHasOneRunningRunAtATime() {
		MatchingRunId second = new MatchingRunId(UUID.randomUUID());
		assertThat(start(this.run, NOW)).isTrue();

		assertThat(start(second, NOW)).isFalse();
		this.tenancy.runAs(this.umea, () -> this.runs.fail(this.run, "IllegalStateException", NOW));
		assertThat(start(second, NOW)).isTrue();
		assertThat(this.tenancy.callAs(this.umea, () -> this.runs.find(this.run)).orElseThrow().status())
			.isEqualTo(MatchingRunStatus.FAILED);
	}

	@Test
	void aRunNotHeardFromIsFailedSoThatItsProgrammeCanRunAgain() {
		start(this.run, NOW);
		this.tenancy.runAs(this.umea, () -> this.runs.progress(this.run, 30, NOW.plusSeconds(60)));

		int early = this.tenancy.callAs(this.umea,
				() -> this.runs.failStale(this.programme, NOW.plusSeconds(30), NOW.plusSeconds(90)));
		int late = this.tenancy.callAs(this.umea,
				() -> this.runs.failStale(this.programme, NOW.plus(Duration.ofMinutes(20)), NOW.plusSeconds(1200)));

		assertThat(early).isZero();
		assertThat(late).isOne();
		MatchingRun read = this.tenancy.callAs(this.umea, () -> this.runs.find(this.run)).orElseThrow();
		assertThat(read.status()).isEqualTo(MatchingRunStatus.FAILED);
		assertThat(read.failure()).isEqualTo("Abandoned");
		assertThat(start(new MatchingRunId(UUID.randomUUID()), NOW.plusSeconds(1300))).isTrue();
	}

	@Test
	void theCandidateSetIsReadBackExactlyAsStored() throws IOException {
		MatchingProblem problem = Instance.towns(11, 300, 80, 4, 0.4).problem();
		start(this.run, NOW);

		this.tenancy.runAs(this.umea, () -> this.runs.saveCandidates(this.run, problem, 45, NOW));

		MatchingRun read = this.tenancy.callAs(this.umea, () -> this.runs.find(this.run)).orElseThrow();
		assertThat(read.candidateCount()).isEqualTo(problem.candidates().size());
		assertThat(read.seniorCount()).isEqualTo(300);
		assertThat(read.mentorCount()).isEqualTo(80);
		assertThat(read.progress()).isEqualTo(45);
		List<String> items = new ArrayList<>();
		boolean stored = this.tenancy.callAs(this.umea, () -> readInto(items));
		assertThat(stored).isTrue();
		assertThat(items).isEqualTo(StoredCandidatesTest.items(problem));
	}

	@Test
	void aFinishedRunKeepsItsPairsWithExplanationsAndItsUnmatchedWithReasons() {
		start(this.run, NOW);
		PersonId senior = new PersonId(UUID.randomUUID());
		PersonId mentor = new PersonId(UUID.randomUUID());
		PersonId alone = new PersonId(UUID.randomUUID());
		List<ExplanationLine> explanation = List.of(
				new ExplanationLine(Criterion.DEVICES, 40,
						Phrase.of("matching.explanation.DEVICES",
								List.of(Phrase.of("people.device.IPHONE"), Phrase.of("people.device.IPAD")))),
				new ExplanationLine(Criterion.AVAILABILITY, 10, Phrase.of("matching.explanation.AVAILABILITY.venue",
						Phrase.of("people.day.TUESDAY"), "14:00", "16:00", "Kåge bibliotek", 2)));
		List<UnmatchedReason> reasons = List.of(new UnmatchedReason(UnmatchedReason.Code.NO_MENTOR_SPEAKS_LANGUAGE,
				Phrase.of("matching.unmatched.NO_MENTOR_SPEAKS_LANGUAGE", Phrase.of("people.language.so"))));
		MatchingResult result = new MatchingResult(MatchingMode.OPTIMAL,
				List.of(new Assignment(senior.value(), mentor.value(), 50)), List.of(), 1, 45L, List.of(alone.value()));

		this.tenancy.runAs(this.umea,
				() -> this.runs.finish(this.run, result,
						List.of(new ProposedPair(senior, mentor, 50, false, explanation)),
						List.of(new UnmatchedSenior(alone, reasons)), NOW.plusSeconds(5)));

		this.tenancy.runAs(this.umea, () -> {
			MatchingRun read = this.runs.find(this.run).orElseThrow();
			assertThat(read.status()).isEqualTo(MatchingRunStatus.FINISHED);
			assertThat(read.progress()).isEqualTo(100);
			assertThat(read.matchedCount()).isOne();
			assertThat(read.unmatchedCount()).isOne();
			assertThat(read.objective()).isEqualTo(45L);
			assertThat(read.finishedAt()).isEqualTo(NOW.plusSeconds(5));
			assertThat(this.runs.proposals(this.run))
				.containsExactly(new ProposedPair(senior, mentor, 50, false, explanation));
			assertThat(this.runs.unmatched(this.run)).containsExactly(new UnmatchedSenior(alone, reasons));
		});
		assertThat(start(new MatchingRunId(UUID.randomUUID()), NOW.plusSeconds(6))).isTrue();
	}

	/** Finishes the run with these pairs and unmatched seniors, explained in one line. */
	void finish(List<ProposedPair> pairs, List<UnmatchedSenior> unmatched) {
		start(this.run, NOW);
		List<Assignment> chosen = pairs.stream()
			.filter((pair) -> !pair.kept())
			.map((pair) -> new Assignment(pair.senior().value(), pair.mentor().value(), pair.score()))
			.toList();
		List<Assignment> kept = pairs.stream()
			.filter(ProposedPair::kept)
			.map((pair) -> new Assignment(pair.senior().value(), pair.mentor().value(), pair.score()))
			.toList();
		MatchingResult result = new MatchingResult(MatchingMode.OPTIMAL, chosen, kept, chosen.size(), 0L,
				unmatched.stream().map((senior) -> senior.senior().value()).toList());
		this.tenancy.runAs(this.umea, () -> this.runs.finish(this.run, result, pairs, unmatched, NOW.plusSeconds(5)));
	}

	static ProposedPair pair(int score, boolean kept) {
		return new ProposedPair(new PersonId(UUID.randomUUID()), new PersonId(UUID.randomUUID()), score, kept,
				List.of(new ExplanationLine(Criterion.TOPICS, score, Phrase.of("matching.explanation.TOPICS", score))));
	}

	static UnmatchedSenior alone() {
		return new UnmatchedSenior(new PersonId(UUID.randomUUID()),
				List.of(new UnmatchedReason(UnmatchedReason.Code.NO_MENTOR_SPEAKS_LANGUAGE,
						Phrase.of("matching.unmatched.NO_MENTOR_SPEAKS_LANGUAGE", Phrase.of("people.language.so")))));
	}

	/** Ids in the order both databases sort uuids: byte by byte, as their text does. */
	static List<PersonId> byId(List<PersonId> ids) {
		return ids.stream().sorted(java.util.Comparator.comparing(PersonId::toString)).toList();
	}

	@Test
	void aProposalIsReadAPageAtATimeNewPairsFirstBestScoreFirstThenBySenior() {
		ProposedPair keptLow = pair(20, true);
		ProposedPair keptHigh = pair(90, true);
		ProposedPair newLow = pair(10, false);
		ProposedPair newHigh = pair(80, false);
		ProposedPair tieOne = pair(50, false);
		ProposedPair tieTwo = pair(50, false);
		List<PersonId> tie = byId(List.of(tieOne.senior(), tieTwo.senior()));
		ProposedPair firstTied = tie.get(0).equals(tieOne.senior()) ? tieOne : tieTwo;
		ProposedPair secondTied = (firstTied == tieOne) ? tieTwo : tieOne;
		finish(List.of(keptLow, newLow, tieOne, keptHigh, tieTwo, newHigh), List.of());

		this.tenancy.runAs(this.umea, () -> {
			assertThat(this.runs.proposals(this.run, ProposalFilter.ALL, 0, 4)).containsExactly(newHigh, firstTied,
					secondTied, newLow);
			assertThat(this.runs.proposals(this.run, ProposalFilter.ALL, 4, 4)).containsExactly(keptHigh, keptLow);
			assertThat(this.runs.proposals(this.run, ProposalFilter.ALL, 8, 4)).isEmpty();
			assertThat(this.runs.proposals(this.run, ProposalFilter.NEW, 2, 2)).containsExactly(secondTied, newLow);
			assertThat(this.runs.proposals(this.run, ProposalFilter.KEPT, 0, 25)).containsExactly(keptHigh, keptLow);
			assertThat(this.runs.countProposals(this.run, ProposalFilter.ALL)).isEqualTo(6);
			assertThat(this.runs.countProposals(this.run, ProposalFilter.NEW)).isEqualTo(4);
			assertThat(this.runs.countProposals(this.run, ProposalFilter.KEPT)).isEqualTo(2);
		});
		this.tenancy.runAs(this.lulea, () -> {
			assertThat(this.runs.proposals(this.run, ProposalFilter.ALL, 0, 4)).isEmpty();
			assertThat(this.runs.countProposals(this.run, ProposalFilter.ALL)).isZero();
		});
	}

	@Test
	void theUnmatchedAreReadAPageAtATimeBySenior() {
		List<UnmatchedSenior> unmatched = List.of(alone(), alone(), alone(), alone(), alone());
		List<PersonId> ids = byId(unmatched.stream().map(UnmatchedSenior::senior).toList());
		finish(List.of(pair(30, false)), unmatched);

		this.tenancy.runAs(this.umea, () -> {
			assertThat(this.runs.unmatched(this.run, 0, 2)).extracting(UnmatchedSenior::senior)
				.containsExactly(ids.get(0), ids.get(1));
			assertThat(this.runs.unmatched(this.run, 4, 2)).singleElement()
				.isEqualTo(unmatched.stream().filter((senior) -> senior.senior().equals(ids.get(4))).findFirst().get());
			assertThat(this.runs.countUnmatched(this.run)).isEqualTo(5);
		});
	}

	@Test
	void aWholeProposalIsStreamedBySeniorInBatchesWithNothingMissedOrRepeated() {
		List<ProposedPair> pairs = new ArrayList<>();
		for (int i = 0; i < 2 * MatchingRunRepository.BATCH + 3; i++) {
			pairs.add(pair(i % 97, i % 5 == 0));
		}
		List<UnmatchedSenior> unmatched = new ArrayList<>();
		for (int i = 0; i < MatchingRunRepository.BATCH; i++) {
			unmatched.add(alone());
		}
		finish(pairs, unmatched);
		List<ProposedPair> streamed = new ArrayList<>();
		List<UnmatchedSenior> streamedUnmatched = new ArrayList<>();

		this.tenancy.runAs(this.umea, () -> {
			this.runs.eachProposal(this.run, streamed::add);
			this.runs.eachUnmatched(this.run, streamedUnmatched::add);
		});

		assertThat(streamed).containsExactlyInAnyOrderElementsOf(pairs);
		assertThat(streamed).extracting(ProposedPair::senior)
			.containsExactlyElementsOf(byId(pairs.stream().map(ProposedPair::senior).toList()));
		assertThat(streamedUnmatched).extracting(UnmatchedSenior::senior)
			.containsExactlyElementsOf(byId(unmatched.stream().map(UnmatchedSenior::senior).toList()));
	}

	@Test
	void noOrganisationSeesOrChangesAnothersRuns() throws IOException {
		start(this.run, NOW);
		this.tenancy.runAs(this.umea,
				() -> this.runs.saveCandidates(this.run, Instance.towns(2, 20, 5, 1, 0.5).problem(), 45, NOW));

		this.tenancy.runAs(this.lulea, () -> {
			assertThat(this.runs.find(this.run)).isEmpty();
			assertThat(this.runs.proposals(this.run)).isEmpty();
			assertThat(this.runs.unmatched(this.run)).isEmpty();
			assertThat(this.runs.proposals(this.run, ProposalFilter.ALL, 0, 25)).isEmpty();
			assertThat(this.runs.countProposals(this.run, ProposalFilter.ALL)).isZero();
			assertThat(this.runs.unmatched(this.run, 0, 25)).isEmpty();
			assertThat(this.runs.countUnmatched(this.run)).isZero();
			this.runs.progress(this.run, 99, NOW);
			this.runs.fail(this.run, "Nope", NOW);
			assertThat(this.runs.failStale(this.programme, NOW.plusSeconds(3600), NOW)).isZero();
			assertThat(this.runs.start(new MatchingRunId(UUID.randomUUID()), this.programme, MatchingMode.STABLE, null,
					NOW))
				.as("the same programme id in another organisation is another programme")
				.isTrue();
		});
		List<String> items = new ArrayList<>();
		assertThat(this.tenancy.callAs(this.lulea, () -> readInto(items))).isFalse();
		assertThat(items).isEmpty();

		MatchingRun read = this.tenancy.callAs(this.umea, () -> this.runs.find(this.run)).orElseThrow();
		assertThat(read.status()).isEqualTo(MatchingRunStatus.RUNNING);
		assertThat(read.progress()).isEqualTo(45);
	}

	private boolean readInto(List<String> items) {
		try {
			return this.runs.readCandidates(this.run, new CandidateSink() {

				@Override
				public void senior(UUID seniorId) {
					items.add("senior " + seniorId);
				}

				@Override
				public void mentor(UUID mentorId, int[] penalties) {
					items.add("mentor " + mentorId + " " + LoadPenalties.of(penalties));
				}

				@Override
				public void candidate(UUID seniorId, UUID mentorId, int score) {
					items.add("candidate " + seniorId + " " + mentorId + " " + score);
				}

				@Override
				public void fixed(UUID seniorId, UUID mentorId, int score) {
					items.add("fixed " + seniorId + " " + mentorId + " " + score);
				}

			});
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}

package org.tandem.matching.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.tandem.matching.MatchingRun;
import org.tandem.matching.MatchingTexts;
import org.tandem.matching.ProposedPair;
import org.tandem.matching.UnmatchedSenior;

/**
 * A matching run as the API shows it: its progress and totals, and once it has finished,
 * its pairs explained criterion by criterion and its unmatched seniors with the reasons,
 * said in the caller's language.
 */
record RunJson(UUID id, UUID programmeId, String mode, String status, int progress, @Nullable Integer seniorCount,
		@Nullable Integer mentorCount, @Nullable Long candidateCount, @Nullable Integer keptCount,
		@Nullable Integer matchedCount, @Nullable Integer unmatchedCount, @Nullable Long objective, Instant startedAt,
		@Nullable Instant finishedAt, @Nullable String failure, List<PairJson> assignments,
		List<UnmatchedJson> unmatched) {

	static RunJson of(MatchingRun run, List<ProposedPair> pairs, List<UnmatchedSenior> unmatched, MatchingTexts texts,
			Locale locale) {
		return new RunJson(run.id().value(), run.programme().value(), run.mode().name().toLowerCase(Locale.ROOT),
				run.status().name(), run.progress(), run.seniorCount(), run.mentorCount(), run.candidateCount(),
				run.keptCount(), run.matchedCount(), run.unmatchedCount(), run.objective(), run.startedAt(),
				run.finishedAt(), run.failure(),
				pairs.stream().map((pair) -> PairJson.of(pair, texts, locale)).toList(),
				unmatched.stream().map((senior) -> UnmatchedJson.of(senior, texts, locale)).toList());
	}

	/** A proposed pair; {@code explanation}'s points add up to {@code score}. */
	record PairJson(UUID seniorId, UUID mentorId, int score, boolean kept, List<LineJson> explanation) {

		static PairJson of(ProposedPair pair, MatchingTexts texts, Locale locale) {
			return new PairJson(pair.senior().value(), pair.mentor().value(), pair.score(), pair.kept(), pair
				.explanation()
				.stream()
				.map((line) -> new LineJson(line.criterion().name(), line.points(), texts.text(line.phrase(), locale)))
				.toList());
		}

	}

	/** One criterion's share of a pair's score, in words. */
	record LineJson(String criterion, int points, String text) {
	}

	/** A senior left without a mentor, with the reasons. */
	record UnmatchedJson(UUID seniorId, List<ReasonJson> reasons) {

		static UnmatchedJson of(UnmatchedSenior senior, MatchingTexts texts, Locale locale) {
			return new UnmatchedJson(senior.senior().value(),
					senior.reasons()
						.stream()
						.map((reason) -> new ReasonJson(reason.code().name(), texts.text(reason.phrase(), locale)))
						.toList());
		}

	}

	/** A reason by its stable code, and in words. */
	record ReasonJson(String code, String text) {
	}

}

package org.tandem.matching;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.tandem.programmes.ProgrammeId;

/**
 * A matching run as a coordinator follows it: its status and progress while it runs, and
 * afterwards the totals that let anyone check the proposal against its candidates. The
 * counts are null until the step that knows them has finished.
 *
 * @param id the run
 * @param programme the programme it matched
 * @param mode optimal or stable
 * @param status running, finished or failed
 * @param progress percent done, for a progress bar
 * @param seniorCount seniors to be matched (not those kept from before)
 * @param mentorCount the programme's active mentors
 * @param candidateCount the allowed pairs the solver chose from
 * @param keptCount pairs kept from before
 * @param matchedCount seniors given a new mentor
 * @param unmatchedCount seniors left without one
 * @param objective the new pairs' scores added up, less the load penalties they incur
 * @param startedBy the user who started it, null for a job
 * @param startedAt when it was started
 * @param finishedAt when it finished or failed
 * @param failure what kind of error stopped it: a technical name, never personal data
 */
public record MatchingRun(MatchingRunId id, ProgrammeId programme, MatchingMode mode, MatchingRunStatus status,
		int progress, @Nullable Integer seniorCount, @Nullable Integer mentorCount, @Nullable Long candidateCount,
		@Nullable Integer keptCount, @Nullable Integer matchedCount, @Nullable Integer unmatchedCount,
		@Nullable Long objective, @Nullable UUID startedBy, Instant startedAt, @Nullable Instant finishedAt,
		@Nullable String failure) {

	public MatchingRun {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(programme, "programme");
		Objects.requireNonNull(mode, "mode");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(startedAt, "startedAt");
	}

}

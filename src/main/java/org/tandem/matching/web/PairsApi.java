package org.tandem.matching.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.matching.Pair;
import org.tandem.matching.PairId;
import org.tandem.matching.PairOfPeople;
import org.tandem.matching.Pairs;
import org.tandem.people.PersonId;
import org.tandem.programmes.ProgrammeId;

/**
 * A coordinator's decisions on pairs through the API: approve, pin or reject a proposal,
 * make a pair by hand, approve a pinned pair, end a pair.
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
class PairsApi {

	private final Pairs pairs;

	PairsApi(Pairs pairs) {
		this.pairs = pairs;
	}

	@GetMapping("/api/v1/programmes/{programmeId}/pairs")
	List<PairResource> list(@PathVariable UUID programmeId) {
		return this.pairs.of(new ProgrammeId(programmeId)).stream().map(PairResource::of).toList();
	}

	@GetMapping("/api/v1/pairs/{pairId}")
	PairResource show(@PathVariable UUID pairId) {
		return PairResource.of(this.pairs.get(new PairId(pairId)));
	}

	/**
	 * Decides on a pair: {@code approve} or {@code pin} a proposal, {@code reject} it
	 * with a reason, or {@code manual} for a pair made by hand (approved at once).
	 */
	@PostMapping("/api/v1/programmes/{programmeId}/pairs")
	ResponseEntity<PairResource> decide(@PathVariable UUID programmeId, @Valid @RequestBody Decision decision) {
		ProgrammeId programme = new ProgrammeId(programmeId);
		PairOfPeople people = new PairOfPeople(new PersonId(decision.seniorId()), new PersonId(decision.mentorId()));
		Pair pair = switch (decision.decision()) {
			case APPROVE -> this.pairs.approve(programme, people, decision.runId(), decision.score());
			case PIN -> this.pairs.pin(programme, people, decision.runId(), decision.score());
			case REJECT -> this.pairs.reject(programme, people, (decision.reason() != null) ? decision.reason() : "",
					decision.runId());
			case MANUAL -> this.pairs.pairManually(programme, people);
		};
		return ResponseEntity.created(URI.create("/api/v1/pairs/" + pair.id())).body(PairResource.of(pair));
	}

	@PostMapping("/api/v1/pairs/{pairId}/approve")
	PairResource approvePinned(@PathVariable UUID pairId) {
		return PairResource.of(this.pairs.approvePinned(new PairId(pairId)));
	}

	@PostMapping("/api/v1/pairs/{pairId}/end")
	PairResource end(@PathVariable UUID pairId, @RequestBody(required = false) @Nullable Ending ending) {
		return PairResource.of(this.pairs.end(new PairId(pairId), (ending != null) ? ending.reason() : null));
	}

	enum DecisionKind {

		APPROVE, PIN, REJECT, MANUAL

	}

	/**
	 * @param seniorId the senior
	 * @param mentorId the mentor
	 * @param decision what the coordinator decides
	 * @param reason why, required to reject
	 * @param runId the run that proposed the pair, if any
	 * @param score the pair's score in that run, if any
	 */
	record Decision(@NotNull UUID seniorId, @NotNull UUID mentorId, @NotNull DecisionKind decision,
			@Nullable @Size(max = 500) String reason, @Nullable UUID runId, @Nullable Integer score) {
	}

	/**
	 * @param reason why the pair ends, optional
	 */
	record Ending(@Nullable @Size(max = 500) String reason) {
	}

	record PairResource(UUID id, UUID programmeId, UUID seniorId, UUID mentorId, String status, boolean manual,
			@Nullable UUID runId, @Nullable Integer score, @Nullable String reason, @Nullable UUID decidedBy,
			Instant decidedAt, @Nullable UUID endedBy, @Nullable Instant endedAt) {

		static PairResource of(Pair pair) {
			return new PairResource(pair.id().value(), pair.programme().value(), pair.senior().value(),
					pair.mentor().value(), pair.status().name(), pair.manual(), pair.run(), pair.score(), pair.reason(),
					pair.decidedBy(), pair.decidedAt(), pair.endedBy(), pair.endedAt());
		}

	}

}

package org.tandem.matching.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.matching.Criterion;
import org.tandem.matching.MatchingConstraints;
import org.tandem.matching.PairOfPeople;
import org.tandem.matching.Weights;
import org.tandem.people.PersonId;
import org.tandem.programmes.ProgrammeId;

/**
 * Matching's constraints through the API: "never pair these two", a senior's gender
 * preference made a requirement, and a programme's weights, which only admins change.
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
class ConstraintsApi {

	private final MatchingConstraints constraints;

	ConstraintsApi(MatchingConstraints constraints) {
		this.constraints = constraints;
	}

	@GetMapping("/api/v1/never-pairs")
	List<PairIds> neverPairs() {
		return this.constraints.neverPairs().stream().map(PairIds::of).toList();
	}

	@PostMapping("/api/v1/never-pairs")
	ResponseEntity<PairIds> neverPair(@Valid @RequestBody PairIds pair) {
		boolean added = this.constraints.neverPair(pair.people());
		return ResponseEntity.status(added ? 201 : 200).body(pair);
	}

	@DeleteMapping("/api/v1/never-pairs")
	ResponseEntity<Void> allowPairAgain(@RequestParam UUID seniorId, @RequestParam UUID mentorId) {
		boolean removed = this.constraints
			.allowPairAgain(new PairOfPeople(new PersonId(seniorId), new PersonId(mentorId)));
		return removed ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
	}

	@PutMapping("/api/v1/seniors/{seniorId}/required-gender-preference")
	ResponseEntity<Void> requireGenderPreference(@PathVariable UUID seniorId) {
		this.constraints.requireGenderPreference(new PersonId(seniorId));
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/api/v1/seniors/{seniorId}/required-gender-preference")
	ResponseEntity<Void> relaxGenderPreference(@PathVariable UUID seniorId) {
		this.constraints.relaxGenderPreference(new PersonId(seniorId));
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/programmes/{programmeId}/matching-weights")
	WeightsResource weights(@PathVariable UUID programmeId) {
		return WeightsResource.of(this.constraints.weights(new ProgrammeId(programmeId)));
	}

	@PutMapping("/api/v1/programmes/{programmeId}/matching-weights")
	@PreAuthorize("hasRole('ADMIN')")
	WeightsResource changeWeights(@PathVariable UUID programmeId, @Valid @RequestBody WeightsResource weights) {
		ProgrammeId programme = new ProgrammeId(programmeId);
		this.constraints.changeWeights(programme, weights.toWeights());
		return WeightsResource.of(this.constraints.weights(programme));
	}

	/**
	 * @param seniorId the senior
	 * @param mentorId the mentor
	 */
	record PairIds(@NotNull UUID seniorId, @NotNull UUID mentorId) {

		static PairIds of(PairOfPeople pair) {
			return new PairIds(pair.senior().value(), pair.mentor().value());
		}

		PairOfPeople people() {
			return new PairOfPeople(new PersonId(this.seniorId), new PersonId(this.mentorId));
		}

	}

	/**
	 * A programme's weights: one per criterion (a criterion left out keeps its default),
	 * and the load spread.
	 *
	 * @param criteria the weight of each criterion, 0 to 1000
	 * @param loadSpread how much a mentor's second, third, … senior costs, 0 to 1000
	 */
	record WeightsResource(@NotNull Map<Criterion, @NotNull @Min(0) @Max(Weights.MAX) Integer> criteria,
			@Min(0) @Max(Weights.MAX) int loadSpread) {

		static WeightsResource of(Weights weights) {
			return new WeightsResource(new EnumMap<>(weights.byCriterion()), weights.loadSpread());
		}

		Weights toWeights() {
			return new Weights(this.criteria, this.loadSpread);
		}

	}

}

package org.tandem.matching.web;

import java.util.Locale;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.matching.CapacityWhatIf;
import org.tandem.matching.MatchingMode;
import org.tandem.matching.MatchingWhatIf;
import org.tandem.people.PersonId;
import org.tandem.programmes.ProgrammeId;

/**
 * "How many more seniors would be matched if this mentor took one more?" through the API.
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
class WhatIfApi {

	private final MatchingWhatIf whatIf;

	WhatIfApi(MatchingWhatIf whatIf) {
		this.whatIf = whatIf;
	}

	@GetMapping("/api/v1/programmes/{programmeId}/what-if/capacity")
	Answer morePlaces(@PathVariable UUID programmeId, @RequestParam UUID mentorId,
			@RequestParam(defaultValue = "1") @Min(1) @Max(MatchingWhatIf.MAX_EXTRA_PLACES) int extraPlaces,
			@RequestParam(defaultValue = "optimal") @Pattern(regexp = "optimal|stable") String mode) {
		CapacityWhatIf answer = this.whatIf.morePlaces(new ProgrammeId(programmeId), new PersonId(mentorId),
				extraPlaces, MatchingMode.valueOf(mode.toUpperCase(Locale.ROOT)));
		return new Answer(mentorId, extraPlaces, mode, new Figures(answer.matchedBefore(), answer.matchedAfter()),
				new Figures(answer.objectiveBefore(), answer.objectiveAfter()), answer.moreSeniorsMatched());
	}

	/**
	 * @param mentorId the mentor
	 * @param extraPlaces the places added
	 * @param mode the matching compared
	 * @param matchedCount seniors matched before and after
	 * @param objective the total before and after
	 * @param moreSeniorsMatched how many more seniors would have a mentor
	 */
	record Answer(UUID mentorId, int extraPlaces, String mode, Figures matchedCount, Figures objective,
			int moreSeniorsMatched) {
	}

	record Figures(long before, long after) {
	}

}

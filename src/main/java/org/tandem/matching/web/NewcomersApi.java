package org.tandem.matching.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.matching.MatchingTexts;
import org.tandem.matching.MentorOption;
import org.tandem.matching.MentorProposal;
import org.tandem.matching.Newcomers;
import org.tandem.people.PersonId;
import org.tandem.programmes.ProgrammeId;

/**
 * The mentor proposed for one senior who came in or whose mentor left, every approved and
 * pinned pair left as it is. It proposes and decides nothing: the coordinator approves
 * the pair through {@code POST /api/v1/programmes/{programmeId}/pairs}.
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
class NewcomersApi {

	private final Newcomers newcomers;

	private final MatchingTexts texts;

	NewcomersApi(Newcomers newcomers, MatchingTexts texts) {
		this.newcomers = newcomers;
		this.texts = texts;
	}

	@GetMapping("/api/v1/programmes/{programmeId}/seniors/{seniorId}/mentor-proposal")
	ProposalJson propose(@PathVariable UUID programmeId, @PathVariable UUID seniorId) {
		MentorProposal proposal = this.newcomers.propose(new ProgrammeId(programmeId), new PersonId(seniorId));
		Locale locale = LocaleContextHolder.getLocale();
		return new ProposalJson(seniorId, (proposal.best() != null) ? option(proposal.best(), locale) : null,
				proposal.alternatives().stream().map((option) -> option(option, locale)).toList(),
				proposal.reasons()
					.stream()
					.map((reason) -> new RunJson.ReasonJson(reason.code().name(),
							this.texts.text(reason.phrase(), locale)))
					.toList());
	}

	private OptionJson option(MentorOption option, Locale locale) {
		return new OptionJson(option.mentor().value(), option.score(), option.loadPenalty(), option.value(),
				option.explanation()
					.stream()
					.map((line) -> new RunJson.LineJson(line.criterion().name(), line.points(),
							this.texts.text(line.phrase(), locale)))
					.toList());
	}

	/**
	 * @param seniorId the senior
	 * @param best the optimum with every other pair kept, or null if no mentor may be
	 * paired with the senior now
	 * @param alternatives the next best, best first
	 * @param reasons why there is no mentor; empty when there is one
	 */
	record ProposalJson(UUID seniorId, @Nullable OptionJson best, List<OptionJson> alternatives,
			List<RunJson.ReasonJson> reasons) {
	}

	/**
	 * @param mentorId the mentor
	 * @param score the pair's score; the explanation's points add up to it
	 * @param loadPenalty what one more senior costs for the mentor's load
	 * @param value what the pair adds to the objective: score less load penalty
	 * @param explanation the score criterion by criterion
	 */
	record OptionJson(UUID mentorId, int score, int loadPenalty, int value, List<RunJson.LineJson> explanation) {
	}

}

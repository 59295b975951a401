package org.tandem.matching.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.matching.MatchingTexts;
import org.tandem.matching.MentorOption;
import org.tandem.matching.MentorProposal;
import org.tandem.matching.Newcomers;
import org.tandem.matching.PairOfPeople;
import org.tandem.matching.Pairs;
import org.tandem.people.People;
import org.tandem.people.Person;
import org.tandem.people.PersonId;
import org.tandem.programmes.Programme;
import org.tandem.programmes.ProgrammeId;
import org.tandem.programmes.Programmes;
import org.tandem.system.RuleViolated;

/**
 * One senior who came in, or whose mentor left, matched on the spot: the best mentor with
 * every approved and pinned pair left as it is, the next best beside it, each explained,
 * each approved with one button; or the reasons nobody fits.
 */
@Controller
class NewcomerController {

	private final Newcomers newcomers;

	private final Pairs pairs;

	private final Programmes programmes;

	private final People people;

	private final MatchingTexts texts;

	private final MessageSource messages;

	NewcomerController(Newcomers newcomers, Pairs pairs, Programmes programmes, People people, MatchingTexts texts,
			MessageSource messages) {
		this.newcomers = newcomers;
		this.pairs = pairs;
		this.programmes = programmes;
		this.people = people;
		this.texts = texts;
		this.messages = messages;
	}

	@GetMapping("/programmes/{programmeId}/seniors/{seniorId}/mentor-proposal")
	@PreAuthorize(MatchingController.ROLES)
	String show(@PathVariable UUID programmeId, @PathVariable UUID seniorId, Model model, Locale locale) {
		return page(new ProgrammeId(programmeId), new PersonId(seniorId), null, model, locale);
	}

	@PostMapping("/programmes/{programmeId}/seniors/{seniorId}/mentor-proposal")
	@PreAuthorize(MatchingController.ROLES)
	String approve(@PathVariable UUID programmeId, @PathVariable UUID seniorId, @RequestParam UUID mentorId,
			@RequestParam(required = false) @Nullable Integer score, Model model, Locale locale,
			RedirectAttributes redirect) {
		ProgrammeId programme = new ProgrammeId(programmeId);
		try {
			this.pairs.approve(programme, new PairOfPeople(new PersonId(seniorId), new PersonId(mentorId)), null,
					score);
			redirect.addFlashAttribute("paired", true);
			return "redirect:/programmes/" + programmeId + "/matching#pairs";
		}
		catch (RuleViolated refused) {
			return page(programme, new PersonId(seniorId),
					this.messages.getMessage(refused.messageKey(), refused.arguments(), locale), model, locale);
		}
	}

	private String page(ProgrammeId programmeId, PersonId senior, @Nullable String refusal, Model model,
			Locale locale) {
		Programme programme = this.programmes.get(programmeId);
		Person person = this.people.get(senior);
		model.addAttribute("programme", programme);
		model.addAttribute("senior", person);
		model.addAttribute("refusal", refusal);
		try {
			MentorProposal proposal = this.newcomers.propose(programmeId, senior);
			List<MentorOption> offered = new java.util.ArrayList<>();
			if (proposal.best() != null) {
				offered.add(proposal.best());
			}
			offered.addAll(proposal.alternatives());
			Map<PersonId, String> names = this.people.names(offered.stream().map(MentorOption::mentor).toList());
			List<OptionView> options = offered.stream()
				.map((option) -> view(option, names.getOrDefault(option.mentor(), ""), locale))
				.toList();
			model.addAttribute("best", options.isEmpty() ? null : options.get(0));
			model.addAttribute("options", options);
			model.addAttribute("reasons",
					proposal.reasons().stream().map((reason) -> this.texts.text(reason.phrase(), locale)).toList());
		}
		catch (RuleViolated notMatchable) {
			model.addAttribute("notMatchable",
					this.messages.getMessage(notMatchable.messageKey(), notMatchable.arguments(), locale));
		}
		return "matching/newcomer";
	}

	private OptionView view(MentorOption option, String mentor, Locale locale) {
		return new OptionView(option.mentor().value(), mentor, option.score(), option.loadPenalty(), option.value(),
				option.explanation().stream().map((line) -> this.texts.text(line, locale)).toList());
	}

	/** A mentor option as the page shows it. */
	record OptionView(UUID mentorId, String mentor, int score, int loadPenalty, int value, List<String> explanation) {
	}

}

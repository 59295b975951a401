package org.tandem.matching.web;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.tandem.matching.Matching;
import org.tandem.matching.MatchingMode;
import org.tandem.matching.MatchingRun;
import org.tandem.matching.MatchingRunId;
import org.tandem.matching.MatchingRunStatus;
import org.tandem.matching.MatchingTexts;
import org.tandem.matching.MatchingWhatIf;
import org.tandem.matching.Pair;
import org.tandem.matching.PairId;
import org.tandem.matching.PairOfPeople;
import org.tandem.matching.PairStatus;
import org.tandem.matching.Pairs;
import org.tandem.matching.ProposalFilter;
import org.tandem.matching.ProposedPair;
import org.tandem.matching.RunPage;
import org.tandem.matching.UnmatchedSenior;
import org.tandem.people.PersonId;
import org.tandem.people.PersonKind;
import org.tandem.programmes.Programme;
import org.tandem.programmes.ProgrammeId;
import org.tandem.programmes.Programmes;
import org.tandem.system.Conflict;
import org.tandem.system.RuleViolated;

/**
 * The coordinator's matching pages. A programme's page
 * ({@code /programmes/{id}/matching}) starts a run, lists the latest runs, the
 * programme's pairs (with "end" and "approve" for those kept) and a form to pair two
 * people by hand. A run's page ({@code /matching-runs/{id}}) shows its progress while it
 * runs, polled by htmx or seen by reloading, and then its proposal: each pair explained
 * line by line with approve, pin and reject, the seniors left unmatched with the reasons,
 * and the trade-off between the programme's latest optimal and stable runs. The beans
 * decide; a refused decision is shown next to the pair it is about.
 */
@Controller
class MatchingController {

	static final String ROLES = "hasAnyRole('ADMIN', 'COORDINATOR')";

	static final int RECENT_RUNS = 10;

	/** Proposals, and unmatched seniors, on one page of a run's review. */
	static final int REVIEW_PAGE = 25;

	private final Matching matching;

	private final Pairs pairs;

	private final Programmes programmes;

	private final MatchingTexts texts;

	private final Names names;

	private final PairChoices choices;

	private final MessageSource messages;

	private final MatchingWhatIf whatIf;

	MatchingController(Matching matching, Pairs pairs, Programmes programmes, MatchingTexts texts, Names names,
			PairChoices choices, MessageSource messages, MatchingWhatIf whatIf) {
		this.whatIf = whatIf;
		this.choices = choices;
		this.matching = matching;
		this.pairs = pairs;
		this.programmes = programmes;
		this.texts = texts;
		this.names = names;
		this.messages = messages;
	}

	/**
	 * The programme's matching page. {@code seniorSearch} and {@code mentorSearch} find
	 * whom to pair by hand (a plain form); with htmx each search field asks
	 * {@code /matching/seniors} or {@code /matching/mentors} as it is typed in.
	 */
	@GetMapping("/programmes/{id}/matching")
	@PreAuthorize(ROLES)
	String programme(@PathVariable UUID id, @ModelAttribute("search") PairSearch search, Model model) {
		return programmePage(new ProgrammeId(id), model);
	}

	/** The seniors a search finds, for htmx to put in the manual pair form. */
	@GetMapping("/programmes/{id}/matching/seniors")
	@PreAuthorize(ROLES)
	String seniorChoices(@PathVariable UUID id, @RequestParam(defaultValue = "") String seniorSearch, Model model) {
		return choices(new ProgrammeId(id), PersonKind.SENIOR, seniorSearch, model);
	}

	/**
	 * The mentors a search finds, for the manual pair form and the "what if" question.
	 */
	@GetMapping("/programmes/{id}/matching/mentors")
	@PreAuthorize(ROLES)
	String mentorChoices(@PathVariable UUID id, @RequestParam(defaultValue = "") String mentorSearch, Model model) {
		return choices(new ProgrammeId(id), PersonKind.MENTOR, mentorSearch, model);
	}

	private String choices(ProgrammeId programme, PersonKind kind, String search, Model model) {
		this.programmes.get(programme);
		model.addAttribute("found", this.choices.find(programme, kind, search, null));
		return "matching/programme :: found";
	}

	/**
	 * "How many more seniors would be matched if this mentor took more?", answered on the
	 * programme's page. A GET form: it changes nothing.
	 */
	@GetMapping("/programmes/{id}/matching/what-if")
	@PreAuthorize(ROLES)
	String whatIf(@PathVariable UUID id, @RequestParam UUID mentorId, @RequestParam(defaultValue = "1") int extraPlaces,
			@ModelAttribute("search") PairSearch search, Model model) {
		int places = Math.max(1, Math.min(extraPlaces, MatchingWhatIf.MAX_EXTRA_PLACES));
		model.addAttribute("whatIf",
				this.whatIf.morePlaces(new ProgrammeId(id), new PersonId(mentorId), places, MatchingMode.OPTIMAL));
		model.addAttribute("whatIfMentor", mentorId);
		return programmePage(new ProgrammeId(id), model);
	}

	@PostMapping("/programmes/{id}/matching/runs")
	@PreAuthorize(ROLES)
	String start(@PathVariable UUID id, @Valid @ModelAttribute("runForm") RunForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		ProgrammeId programme = new ProgrammeId(id);
		this.programmes.get(programme);
		if (!result.hasErrors() && form.mode() != null) {
			try {
				MatchingRunId run = this.matching.start(programme, form.mode().matchingMode());
				redirect.addFlashAttribute("started", true);
				return "redirect:/matching-runs/" + run;
			}
			catch (Conflict busy) {
				result.reject(busy.messageKey());
			}
		}
		return programmePage(programme, model);
	}

	@PostMapping("/programmes/{id}/pairs")
	@PreAuthorize(ROLES)
	String pairManually(@PathVariable UUID id, @Valid @ModelAttribute("pairForm") ManualPairForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		ProgrammeId programme = new ProgrammeId(id);
		this.programmes.get(programme);
		if (!result.hasErrors() && form.seniorId() != null && form.mentorId() != null) {
			try {
				this.pairs.pairManually(programme,
						new PairOfPeople(new PersonId(form.seniorId()), new PersonId(form.mentorId())));
				redirect.addFlashAttribute("paired", true);
				return "redirect:/programmes/" + id + "/matching#pairs";
			}
			catch (RuleViolated refused) {
				String field = refused.field().equals("seniorId") ? "seniorId" : "mentorId";
				result.rejectValue(field, refused.messageKey(), refused.arguments(), refused.rule());
			}
		}
		return programmePage(programme, model);
	}

	@PostMapping("/pairs/{pairId}/end")
	@PreAuthorize(ROLES)
	String end(@PathVariable UUID pairId, RedirectAttributes redirect) {
		Pair pair = this.pairs.get(new PairId(pairId));
		try {
			this.pairs.end(pair.id(), null);
			redirect.addFlashAttribute("ended", true);
		}
		catch (RuleViolated refused) {
			redirect.addFlashAttribute("refusedPair", pairId);
			redirect.addFlashAttribute("refused", refused.messageKey());
		}
		return "redirect:/programmes/" + pair.programme() + "/matching#pairs";
	}

	@PostMapping("/pairs/{pairId}/approve")
	@PreAuthorize(ROLES)
	String approvePinned(@PathVariable UUID pairId, RedirectAttributes redirect) {
		Pair pair = this.pairs.get(new PairId(pairId));
		try {
			this.pairs.approvePinned(pair.id());
			redirect.addFlashAttribute("decided", PairDecision.APPROVE);
		}
		catch (RuleViolated refused) {
			redirect.addFlashAttribute("refusedPair", pairId);
			redirect.addFlashAttribute("refused", refused.messageKey());
		}
		return "redirect:/programmes/" + pair.programme() + "/matching#pairs";
	}

	@GetMapping("/matching-runs/{runId}")
	@PreAuthorize(ROLES)
	String run(@PathVariable UUID runId, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "0") int unmatchedPage,
			@RequestParam(defaultValue = "ALL") ProposalFilter show, Model model, Locale locale) {
		return runPage(this.matching.run(new MatchingRunId(runId)), new Review(page, unmatchedPage, show), model,
				locale);
	}

	@GetMapping("/matching-runs/{runId}/progress")
	@PreAuthorize(ROLES)
	String progress(@PathVariable UUID runId, Model model, HttpServletResponse response) {
		MatchingRun run = this.matching.run(new MatchingRunId(runId));
		if (run.status() != MatchingRunStatus.RUNNING) {
			// Finished: htmx reloads the whole page, which then shows the proposal.
			response.setHeader("HX-Refresh", "true");
		}
		model.addAttribute("run", run);
		return "matching/run :: progress";
	}

	/**
	 * A decision on one proposed pair. The form is sent to the address of the page it is
	 * on ({@code ?page=&unmatchedPage=&show=}), so that the coordinator comes back to the
	 * same page, at the pair.
	 */
	@PostMapping("/matching-runs/{runId}/decisions")
	@PreAuthorize(ROLES)
	String decide(@PathVariable UUID runId, @Valid @ModelAttribute("decision") DecisionForm form, BindingResult result,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "0") int unmatchedPage,
			@RequestParam(defaultValue = "ALL") ProposalFilter show, Model model, RedirectAttributes redirect,
			Locale locale) {
		Review review = new Review(page, unmatchedPage, show);
		MatchingRun run = this.matching.run(new MatchingRunId(runId));
		if (!result.hasErrors() && form.seniorId() != null && form.mentorId() != null && form.decision() != null) {
			PairOfPeople people = new PairOfPeople(new PersonId(form.seniorId()), new PersonId(form.mentorId()));
			try {
				switch (form.decision()) {
					case APPROVE -> this.pairs.approve(run.programme(), people, runId, form.score());
					case PIN -> this.pairs.pin(run.programme(), people, runId, form.score());
					case REJECT ->
						this.pairs.reject(run.programme(), people, (form.reason() != null) ? form.reason() : "", runId);
				}
				redirect.addFlashAttribute("decided", form.decision());
				return "redirect:/matching-runs/" + runId + review.query() + "#pair-" + form.seniorId();
			}
			catch (RuleViolated refused) {
				result.reject(refused.messageKey(), refused.arguments(), refused.rule());
			}
		}
		model.addAttribute("refusedSenior", form.seniorId());
		model.addAttribute("refusal",
				result.getAllErrors()
					.stream()
					.map((error) -> this.messages.getMessage(error, locale))
					.distinct()
					.toList());
		return runPage(run, review, model, locale);
	}

	private String programmePage(ProgrammeId id, Model model) {
		Programme programme = this.programmes.get(id);
		model.addAttribute("programme", programme);
		model.addAttribute("runs", this.matching.recent(id, RECENT_RUNS));
		model.addAttribute("modes", RunMode.values());
		if (!model.containsAttribute("runForm")) {
			model.addAttribute("runForm", new RunForm(RunMode.OPTIMAL));
		}
		if (!model.containsAttribute("pairForm")) {
			model.addAttribute("pairForm", new ManualPairForm(null, null));
		}
		List<Pair> decided = this.pairs.of(id);
		Names.PeopleNames people = this.names.of(peopleOf(decided));
		Names.UserNames users = this.names.users();
		model.addAttribute("pairs",
				decided.stream()
					.map((pair) -> new PairView(pair, people.name(pair.senior()), people.name(pair.mentor()),
							users.name(pair.decidedBy())))
					.toList());
		PairSearch search = (model.getAttribute("search") instanceof PairSearch asked) ? asked : new PairSearch("", "");
		ManualPairForm form = (ManualPairForm) model.getAttribute("pairForm");
		UUID whatIfMentor = (UUID) model.getAttribute("whatIfMentor");
		model.addAttribute("search", search);
		model.addAttribute("seniors", this.choices.find(id, PersonKind.SENIOR, search.seniorSearch(),
				(form != null) ? form.seniorId() : null));
		model.addAttribute("mentors", this.choices.find(id, PersonKind.MENTOR, search.mentorSearch(),
				(whatIfMentor != null) ? whatIfMentor : (form != null) ? form.mentorId() : null));
		return "matching/programme";
	}

	private String runPage(MatchingRun run, Review asked, Model model, Locale locale) {
		model.addAttribute("run", run);
		model.addAttribute("programme", this.programmes.get(run.programme()));
		if (run.status() != MatchingRunStatus.FINISHED) {
			return "matching/run";
		}
		RunPage<ProposedPair> proposals = this.matching.proposals(run.id(), asked.show(), asked.page(), REVIEW_PAGE);
		RunPage<UnmatchedSenior> unmatched = this.matching.unmatched(run.id(), asked.unmatchedPage(), REVIEW_PAGE);
		Set<PersonId> shown = new HashSet<>();
		proposals.items().forEach((pair) -> shown.addAll(List.of(pair.senior(), pair.mentor())));
		unmatched.items().forEach((senior) -> shown.add(senior.senior()));
		Names.PeopleNames people = this.names.of(shown);
		// Every decision of the programme: at national scale this wants a narrow
		// "decisions on these seniors" from Pairs.
		Map<PairOfPeople, Pair> decided = new HashMap<>();
		for (Pair pair : this.pairs.of(run.programme())) {
			decided.put(pair.people(), pair);
		}
		model.addAttribute("proposals",
				proposals.map((pair) -> new ProposalView(pair.senior().value(), people.name(pair.senior()),
						pair.mentor().value(), people.name(pair.mentor()), pair.score(), pair.kept(),
						pair.explanation().stream().map((line) -> this.texts.text(line, locale)).toList(),
						decided.get(new PairOfPeople(pair.senior(), pair.mentor())))));
		model.addAttribute("unmatched",
				unmatched.map((senior) -> new UnmatchedView(senior.senior().value(), people.name(senior.senior()),
						senior.reasons().stream().map((reason) -> this.texts.text(reason.phrase(), locale)).toList())));
		// The pages actually shown: one asked for past the last shows the last.
		Review review = new Review(proposals.page(), unmatched.page(), asked.show());
		String address = "/matching-runs/" + run.id();
		model.addAttribute("show", review.show());
		model.addAttribute("filters", ProposalFilter.values());
		model.addAttribute("reviewQuery", review.query());
		model.addAttribute("proposalsBase", address + new Review(0, review.unmatchedPage(), review.show()).query());
		model.addAttribute("unmatchedBase", address + new Review(review.page(), 0, review.show()).query());
		List<MatchingRun> recent = this.matching.recent(run.programme(), RECENT_RUNS);
		Optional<MatchingRun> optimal = latestFinished(recent, MatchingMode.OPTIMAL);
		Optional<MatchingRun> stable = latestFinished(recent, MatchingMode.STABLE);
		if (optimal.isPresent() && stable.isPresent()) {
			model.addAttribute("tradeOff", List.of(optimal.get(), stable.get()));
		}
		return "matching/run";
	}

	private static Set<PersonId> peopleOf(List<Pair> pairs) {
		Set<PersonId> people = new HashSet<>();
		pairs.forEach((pair) -> people.addAll(List.of(pair.senior(), pair.mentor())));
		return people;
	}

	private static Optional<MatchingRun> latestFinished(List<MatchingRun> runs, MatchingMode mode) {
		return runs.stream()
			.filter((run) -> run.mode() == mode && run.status() == MatchingRunStatus.FINISHED)
			.findFirst();
	}

	/** The modes a coordinator chooses from; the greedy one is only a benchmark. */
	enum RunMode {

		OPTIMAL, STABLE;

		MatchingMode matchingMode() {
			return MatchingMode.valueOf(name());
		}

	}

	/**
	 * Where a coordinator is in a run's review: the page of proposals, of the unmatched
	 * seniors, and which proposals are shown.
	 */
	record Review(int page, int unmatchedPage, ProposalFilter show) {

		Review {
			page = Math.max(0, page);
			unmatchedPage = Math.max(0, unmatchedPage);
		}

		/**
		 * The address's query for this place, empty for the first pages of everything.
		 */
		String query() {
			UriComponentsBuilder query = UriComponentsBuilder.newInstance();
			if (this.page > 0) {
				query.queryParam("page", this.page);
			}
			if (this.unmatchedPage > 0) {
				query.queryParam("unmatchedPage", this.unmatchedPage);
			}
			if (this.show != ProposalFilter.ALL) {
				query.queryParam("show", this.show.name());
			}
			return query.build().toUriString();
		}

	}

	/** What a proposal's buttons decide. */
	enum PairDecision {

		APPROVE, PIN, REJECT

	}

	/**
	 * @param mode optimal or stable
	 */
	record RunForm(@NotNull @Nullable RunMode mode) {
	}

	/**
	 * What the manual pair form searched for.
	 *
	 * @param seniorSearch part of a senior's name, phone number or e-mail address
	 * @param mentorSearch the same for a mentor
	 */
	record PairSearch(@Nullable String seniorSearch, @Nullable String mentorSearch) {

		PairSearch {
			seniorSearch = (seniorSearch != null) ? seniorSearch.strip() : "";
			mentorSearch = (mentorSearch != null) ? mentorSearch.strip() : "";
		}

	}

	/**
	 * @param seniorId the senior
	 * @param mentorId the mentor
	 */
	record ManualPairForm(@NotNull @Nullable UUID seniorId, @NotNull @Nullable UUID mentorId) {
	}

	/**
	 * A decision on one proposed pair.
	 *
	 * @param seniorId the senior
	 * @param mentorId the mentor
	 * @param score the pair's score in the run
	 * @param decision approve, pin or reject
	 * @param reason why it is rejected; {@link Pairs#reject} requires one
	 */
	record DecisionForm(@NotNull @Nullable UUID seniorId, @NotNull @Nullable UUID mentorId, @Nullable Integer score,
			@NotNull @Nullable PairDecision decision, @Nullable @Size(max = 500) String reason) {
	}

	/** A proposal as the run's page shows it, with the decision already taken on it. */
	record ProposalView(UUID seniorId, @Nullable String senior, UUID mentorId, @Nullable String mentor, int score,
			boolean kept, List<String> explanation, @Nullable Pair decided) {
	}

	/** A senior left unmatched, with the reasons in words. */
	record UnmatchedView(UUID seniorId, @Nullable String senior, List<String> reasons) {
	}

	/** A decided pair with the names of the people and of who decided. */
	record PairView(Pair pair, @Nullable String senior, @Nullable String mentor, @Nullable String decidedBy) {

		public boolean kept() {
			return this.pair.status().kept();
		}

		public boolean pinned() {
			return this.pair.status() == PairStatus.PINNED;
		}

	}

}

package org.tandem.matching;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tandem.organisations.Organisations;
import org.tandem.organisations.TestOrganisation;
import org.tandem.organisations.TestOrganisations;
import org.tandem.people.People;
import org.tandem.people.PersonId;
import org.tandem.programmes.Programmes;
import org.tandem.system.Role;
import org.tandem.system.Tenancy;
import org.tandem.testing.TandemTest;
import org.tandem.venues.Venues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasToString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The coordinator's matching pages: start a run and follow it, review its explained
 * proposal, approve, pin or reject (with a reason) each pair, pair two people by hand,
 * end a pair; a refused decision shows the rule next to the pair; another organisation's
 * programme, run or pair is not found, and only admins and coordinators come in.
 */
@TandemTest
class MatchingPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestOrganisations testOrganisations;

	@Autowired
	Organisations organisations;

	@Autowired
	Programmes programmes;

	@Autowired
	Venues venues;

	@Autowired
	People people;

	@Autowired
	Pairs pairs;

	@Autowired
	Matching matching;

	@Autowired
	MatchingRunRepository runs;

	@Autowired
	Tenancy tenancy;

	@Autowired
	JdbcClient jdbc;

	TestOrganisation kage;

	RequestPostProcessor coordinator;

	MatchableProgramme programme;

	String page;

	@BeforeEach
	void aProgramme() {
		this.kage = this.testOrganisations.create("Kåge");
		this.coordinator = user(this.kage.principal(Role.COORDINATOR));
		this.programme = MatchableProgramme.in(this.kage, this.organisations, this.programmes, this.venues,
				this.people);
		this.page = "/programmes/" + this.programme.programme + "/matching";
	}

	MockHttpServletRequestBuilder english(MockHttpServletRequestBuilder request) {
		return request.with(this.coordinator).cookie(new Cookie("tandem-language", "en"));
	}

	/** Starts an optimal run through the page, and waits until it has finished. */
	String finishedRun() throws Exception {
		String location = this.mvc.perform(english(post(this.page + "/runs")).with(csrf()).param("mode", "OPTIMAL"))
			.andExpect(redirectedUrlPattern("/matching-runs/*"))
			.andExpect(flash().attribute("started", true))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		MatchingRunId id = new MatchingRunId(UUID.fromString(location.substring("/matching-runs/".length())));
		Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
		while (this.tenancy.callAs(this.kage.organisation().id(), () -> this.matching.run(id))
			.status() == MatchingRunStatus.RUNNING) {
			assertThat(Instant.now()).as("the run finishes within a minute").isBefore(giveUp);
			Thread.sleep(50);
		}
		return location;
	}

	MockHttpServletRequestBuilder decide(String run, PersonId senior, PersonId mentor, String decision) {
		return english(post(run + "/decisions")).with(csrf())
			.param("seniorId", senior.toString())
			.param("mentorId", mentor.toString())
			.param("score", "100")
			.param("decision", decision);
	}

	List<Pair> decided() {
		return this.tenancy.callAs(this.kage.organisation().id(), () -> this.pairs.of(this.programme.programme));
	}

	@Test
	void theProgrammePageOffersBothModesAndTheProgrammeLinksToIt() throws Exception {
		this.mvc.perform(english(get("/programmes/" + this.programme.programme)))
			.andExpect(content().string(containsString("href=\"" + this.page + "\"")));
		this.mvc.perform(english(get(this.page)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>Matching in Digital vardag"),
					containsString("Pairs as many seniors as possible"),
					containsString("No senior and mentor would both rather be with each other"),
					containsString("No matching runs yet."), containsString("Pair by hand"))));
	}

	@Test
	void theProgrammePageAnswersWhatIfAMentorTookMoreSeniors() throws Exception {
		this.programme.senior("Astrid", "sv");
		this.programme.senior("Bengt", "sv");
		PersonId ali = this.programme.mentor("Ali", 1, "sv");

		this.mvc
			.perform(english(get(this.page + "/what-if").param("mentorId", ali.toString()).param("extraPlaces", "1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"With 1 more place(s) for this mentor, 1 more senior(s) would get a mentor (1 now, 2 then).")));
	}

	@Test
	void aRunIsReviewedWithEachPairExplainedAndTheUnmatchedWithTheirReasons() throws Exception {
		this.programme.senior("Astrid", "sv");
		this.programme.senior("Hodan", "so");
		this.programme.mentor("Ali", 2, "sv", "ar");

		String run = finishedRun();

		this.mvc.perform(english(get(run)))
			.andExpect(status().isOk())
			.andExpect(
					content()
						.string(allOf(containsString("1 senior matched"),
								containsString("1 senior left without a mentor"), containsString("Total score: "),
								containsString("Astrid Lindqvist with Ali Lindqvist"),
								containsString("mentor knows iPhone +"), containsString("Hodan Lindqvist"),
								containsString("no mentor speaks Somali"),
								containsString("name=\"decision\" value=\"APPROVE\""),
								containsString("href=\"/api/v1/matching-runs/"
										+ run.substring("/matching-runs/".length()) + "/candidates.csv\""),
								not(containsString("Optimal or stable")))));
		this.mvc.perform(english(get(run + "/progress")))
			.andExpect(status().isOk())
			.andExpect(header().string("HX-Refresh", "true"));
		// The download link works with the coordinator's session, not only with a token.
		this.mvc.perform(get("/api/v1" + run + "/candidates.csv").with(this.coordinator))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("record,senior_id,mentor_id,score,penalties")));
	}

	/**
	 * A finished run written straight to the repository, as a national run would leave
	 * it: these pairs (explained in one line) and these seniors unmatched.
	 */
	MatchingRunId storedRun(List<ProposedPair> pairs, List<PersonId> unmatched) {
		MatchingRunId id = new MatchingRunId(UUID.randomUUID());
		List<Assignment> chosen = pairs.stream()
			.filter((pair) -> !pair.kept())
			.map((pair) -> new Assignment(pair.senior().value(), pair.mentor().value(), pair.score()))
			.toList();
		List<Assignment> kept = pairs.stream()
			.filter(ProposedPair::kept)
			.map((pair) -> new Assignment(pair.senior().value(), pair.mentor().value(), pair.score()))
			.toList();
		MatchingResult result = new MatchingResult(MatchingMode.OPTIMAL, chosen, kept, chosen.size(), 1000L,
				unmatched.stream().map(PersonId::value).toList());
		List<UnmatchedSenior> alone = unmatched.stream()
			.map((senior) -> new UnmatchedSenior(senior,
					List.of(new UnmatchedReason(UnmatchedReason.Code.NO_MENTORS,
							Phrase.of("matching.unmatched.NO_MENTORS")))))
			.toList();
		this.tenancy.runAs(this.kage.organisation().id(), () -> {
			this.runs.start(id, this.programme.programme, MatchingMode.OPTIMAL, null, Instant.now());
			this.runs.finish(id, result, pairs, alone, Instant.now());
		});
		// What storing the candidates records, which this run skipped.
		this.jdbc.sql("update matching_run set kept_count = ? where id = ?")
			.param(kept.size())
			.param(id.value())
			.update();
		return id;
	}

	static ProposedPair proposed(PersonId senior, PersonId mentor, int score, boolean kept) {
		return new ProposedPair(senior, mentor, score, kept,
				List.of(new ExplanationLine(Criterion.TOPICS, score, Phrase.of("matching.explanation.TOPICS", 1, 1))));
	}

	@Test
	void aLargeRunIsReviewedAPageAtATimeNewPairsBestFirstWithPagersThatKeepTheAddress() throws Exception {
		PersonId ali = this.programme.mentor("Ali", 2, "sv");
		List<PersonId> seniors = new java.util.ArrayList<>();
		List<ProposedPair> pairs = new java.util.ArrayList<>();
		for (int i = 0; i < 30; i++) {
			seniors.add(this.programme.senior("Senior%02d".formatted(i), "sv"));
			// 27 new pairs, the best first, then 3 kept from before with higher scores.
			pairs.add(proposed(seniors.get(i), ali, (i < 27) ? 200 - i : 300, i >= 27));
		}
		List<PersonId> unmatched = new java.util.ArrayList<>();
		for (int i = 0; i < 27; i++) {
			unmatched.add(new PersonId(UUID.randomUUID()));
		}
		List<PersonId> unmatchedById = unmatched.stream()
			.sorted(java.util.Comparator.comparing(PersonId::toString))
			.toList();
		String run = "/matching-runs/" + storedRun(pairs, unmatched);

		this.mvc.perform(english(get(run)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("27 seniors matched"), containsString("Pairs 1–25 of 30"),
					containsString("Senior00 Lindqvist with Ali Lindqvist"),
					containsString("Senior24 Lindqvist with Ali Lindqvist"), not(containsString("Senior25 Lindqvist")),
					not(containsString("Senior27 Lindqvist")),
					containsString("href=\"" + run + "?page=1#proposals\" rel=\"next\""),
					containsString("Seniors 1–25 of 27"), containsString("id=\"unmatched-" + unmatchedById.get(24)),
					not(containsString("id=\"unmatched-" + unmatchedById.get(25))),
					containsString("href=\"" + run + "?unmatchedPage=1#unmatched\" rel=\"next\""),
					containsString("action=\"" + run + "/decisions\""),
					containsString("<label for=\"show-NEW\">Only new pairs, which wait for a decision</label>"))));

		this.mvc.perform(english(get(run).param("page", "1").param("unmatchedPage", "1")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Pairs 26–30 of 30"),
					not(containsString("Senior24 Lindqvist")), containsString("Senior25 Lindqvist with Ali Lindqvist"),
					containsString("Senior26 Lindqvist"), containsString("Senior29 Lindqvist"),
					containsString("Seniors 26–27 of 27"), containsString("id=\"unmatched-" + unmatchedById.get(25)),
					containsString("id=\"unmatched-" + unmatchedById.get(26)),
					not(containsString("id=\"unmatched-" + unmatchedById.get(24))),
					containsString("href=\"" + run + "?unmatchedPage=1&amp;page=0#proposals\" rel=\"prev\""),
					containsString("href=\"" + run + "?page=1&amp;unmatchedPage=0#unmatched\" rel=\"prev\""),
					containsString("action=\"" + run + "/decisions?page=1&amp;unmatchedPage=1\""))));

		this.mvc.perform(english(get(run).param("show", "NEW").param("page", "1")))
			.andExpect(content().string(allOf(containsString("Pairs 26–27 of 27"), containsString("Senior26 Lindqvist"),
					not(containsString("Senior27 Lindqvist")),
					containsString("href=\"" + run + "?show=NEW&amp;page=0#proposals\" rel=\"prev\""),
					containsString("action=\"" + run + "/decisions?page=1&amp;show=NEW\""))));
		this.mvc.perform(english(get(run).param("show", "KEPT")))
			.andExpect(content().string(allOf(containsString("Pairs 1–3 of 3"), containsString("Senior27 Lindqvist"),
					not(containsString("Senior00 Lindqvist")))));
		this.mvc.perform(english(get(run).param("page", "99")))
			.andExpect(content().string(allOf(containsString("Pairs 26–30 of 30"), containsString("Senior29"))));

		// A decision comes back to the page and the pair it was taken on; a refused one
		// is
		// shown on that page.
		this.mvc.perform(decide(run, seniors.get(26), ali, "REJECT").param("page", "1").param("reason", " "))
			.andExpect(status().isOk())
			.andExpect(model().attribute("refusedSenior", seniors.get(26).value()))
			.andExpect(content()
				.string(allOf(containsString("Pairs 26–30 of 30"), containsString("Say why the pair is rejected"))));
		this.mvc.perform(decide(run, seniors.get(26), ali, "APPROVE").param("page", "1").param("show", "NEW"))
			.andExpect(redirectedUrl(run + "?page=1&show=NEW#pair-" + seniors.get(26)));
		this.mvc.perform(english(get(run).param("page", "1").param("show", "NEW")))
			.andExpect(content().string(containsString("<strong>Approved</strong>")));
	}

	@Test
	void aRunningRunShowsItsProgressPolledByHtmxAndASecondStartIsRefusedOnThePage() throws Exception {
		MatchingRunId id = new MatchingRunId(UUID.randomUUID());
		this.tenancy.runAs(this.kage.organisation().id(),
				() -> this.runs.start(id, this.programme.programme, MatchingMode.OPTIMAL, null, Instant.now()));
		this.tenancy.runAs(this.kage.organisation().id(), () -> this.runs.progress(id, 45, Instant.now()));

		this.mvc.perform(english(get("/matching-runs/" + id)))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("<progress id=\"run-progress-bar\" max=\"100\" value=\"45\""),
							containsString("hx-get=\"/matching-runs/" + id + "/progress\""),
							containsString("45 % done"), containsString("Reload the page"))));
		this.mvc.perform(english(get("/matching-runs/" + id + "/progress")))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("HX-Refresh"))
			.andExpect(content().string(containsString("value=\"45\"")));
		this.mvc.perform(english(get(this.page))).andExpect(content().string(containsString("Running (45 %)")));

		this.mvc.perform(english(post(this.page + "/runs")).with(csrf()).param("mode", "STABLE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A matching run of this programme is already running.")));
		this.mvc.perform(english(post(this.page + "/runs")).with(csrf()).param("mode", "GREEDY"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("runForm", "mode"))
			.andExpect(content().string(containsString("Choose optimal or stable.")));
	}

	@Test
	void anApprovedProposalIsShownAsApprovedAmongTheProgrammesPairsWithWhoDecided() throws Exception {
		PersonId astrid = this.programme.senior("Astrid", "sv");
		PersonId ali = this.programme.mentor("Ali", 2, "sv");
		String run = finishedRun();

		this.mvc.perform(decide(run, astrid, ali, "APPROVE"))
			.andExpect(redirectedUrl(run + "#pair-" + astrid))
			.andExpect(flash().attribute("decided", hasToString("APPROVE")));
		assertThat(decided()).singleElement().satisfies((pair) -> {
			assertThat(pair.status()).isEqualTo(PairStatus.APPROVED);
			assertThat(pair.run()).isEqualTo(UUID.fromString(run.substring("/matching-runs/".length())));
		});

		this.mvc.perform(english(get(run)))
			.andExpect(content().string(allOf(containsString("<strong>Approved</strong>"),
					not(containsString("name=\"decision\" value=\"APPROVE\"")))));
		this.mvc.perform(english(get(this.page)))
			.andExpect(content().string(allOf(containsString("Astrid Lindqvist with Ali Lindqvist"),
					containsString("Approved"), containsString("COORDINATOR of Kåge"), containsString("End pair"))));
	}

	@Test
	void aRejectionWithoutAReasonIsShownAtThePairAndNothingIsRecorded() throws Exception {
		PersonId astrid = this.programme.senior("Astrid", "sv");
		PersonId ali = this.programme.mentor("Ali", 2, "sv");
		String run = finishedRun();

		this.mvc.perform(decide(run, astrid, ali, "REJECT").param("reason", "  "))
			.andExpect(status().isOk())
			.andExpect(model().attribute("refusedSenior", astrid.value()))
			.andExpect(content()
				.string(containsString("Say why the pair is rejected, so that the next run respects it.")));
		assertThat(decided()).isEmpty();

		this.mvc.perform(decide(run, astrid, ali, "REJECT").param("reason", "They know each other"))
			.andExpect(redirectedUrl(run + "#pair-" + astrid));
		this.mvc.perform(english(get(this.page)))
			.andExpect(content().string(allOf(containsString("Rejected"), containsString("They know each other"),
					not(containsString("End pair")))));
	}

	@Test
	void anApprovalThatNowBreaksARuleIsShownWithTheRuleAtThePair() throws Exception {
		PersonId astrid = this.programme.senior("Astrid", "sv");
		PersonId bengt = this.programme.senior("Bengt", "sv");
		PersonId ali = this.programme.mentor("Ali", 1, "sv");
		String run = finishedRun();
		PersonId proposed = this.tenancy
			.callAs(this.kage.organisation().id(),
					() -> this.matching.proposals(new MatchingRunId(UUID.fromString(run.substring(15)))))
			.get(0)
			.senior();
		PersonId other = proposed.equals(astrid) ? bengt : astrid;
		this.tenancy.runAs(this.kage.organisation().id(),
				() -> this.pairs.pairManually(this.programme.programme, new PairOfPeople(other, ali)));

		this.mvc.perform(decide(run, proposed, ali, "APPROVE"))
			.andExpect(status().isOk())
			.andExpect(model().attribute("refusedSenior", proposed.value()))
			.andExpect(content().string(allOf(containsString("The mentor has no free place."),
					containsString("The decision could not be made."))));
		assertThat(decided()).singleElement().extracting(Pair::senior).isEqualTo(other);
	}

	@Test
	void aPinnedPairIsApprovedAndEndedFromTheProgrammePage() throws Exception {
		PersonId astrid = this.programme.senior("Astrid", "sv");
		PersonId ali = this.programme.mentor("Ali", 2, "sv");
		String run = finishedRun();
		this.mvc.perform(decide(run, astrid, ali, "PIN")).andExpect(redirectedUrl(run + "#pair-" + astrid));
		Pair pinned = decided().get(0);
		assertThat(pinned.status()).isEqualTo(PairStatus.PINNED);

		this.mvc.perform(english(post("/pairs/" + pinned.id() + "/approve")).with(csrf()))
			.andExpect(redirectedUrl(this.page + "#pairs"));
		assertThat(decided()).singleElement().extracting(Pair::status).isEqualTo(PairStatus.APPROVED);

		this.mvc.perform(english(post("/pairs/" + pinned.id() + "/end")).with(csrf()))
			.andExpect(redirectedUrl(this.page + "#pairs"))
			.andExpect(flash().attribute("ended", true));
		assertThat(decided()).isEmpty();
		this.mvc.perform(english(post("/pairs/" + pinned.id() + "/end")).with(csrf()))
			.andExpect(flash().attribute("refused", "matching.pair.OnlyKeptEnds"));
	}

	@Test
	void aManualPairThatBreaksAHardRuleIsRefusedWithTheRuleNextToTheMentor() throws Exception {
		PersonId astrid = this.programme.senior("Astrid", "sv");
		PersonId ali = this.programme.mentor("Ali", 2, "ar");
		PersonId eva = this.programme.mentor("Eva", 2, "sv");

		this.mvc
			.perform(english(post("/programmes/" + this.programme.programme + "/pairs")).with(csrf())
				.param("seniorId", astrid.toString())
				.param("mentorId", ali.toString()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("pairForm", "mentorId", "matching.rule.SHARED_LANGUAGE"))
			.andExpect(content().string(
					allOf(containsString("id=\"mentorId-error\""), containsString("They have no language in common."),
							containsString("value=\"" + astrid + "\" checked=\"checked\""),
							containsString("value=\"" + ali + "\" checked=\"checked\""))));
		assertThat(decided()).isEmpty();
		this.mvc
			.perform(english(post("/programmes/" + this.programme.programme + "/pairs")).with(csrf())
				.param("seniorId", astrid.toString()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("pairForm", "mentorId", "NotNull"));

		this.mvc
			.perform(english(post("/programmes/" + this.programme.programme + "/pairs")).with(csrf())
				.param("seniorId", astrid.toString())
				.param("mentorId", eva.toString()))
			.andExpect(redirectedUrl(this.page + "#pairs"))
			.andExpect(flash().attribute("paired", true));
		assertThat(decided()).singleElement().satisfies((pair) -> {
			assertThat(pair.manual()).isTrue();
			assertThat(pair.mentor()).isEqualTo(eva);
		});
	}

	static int occurrences(String text, String part) {
		return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
	}

	@Test
	void theManualPairFormFindsActivePeopleBySearchListingAtMostTwenty() throws Exception {
		PersonId astrid = this.programme.senior("Astrid", "sv");
		List<PersonId> stures = new java.util.ArrayList<>();
		for (int i = 0; i < 22; i++) {
			stures.add(this.programme.senior("Sture%02d".formatted(i), "sv"));
		}
		PersonId gone = this.programme.senior("Gunnel", "sv");
		this.tenancy.runAs(this.kage.organisation().id(), () -> this.people.deactivate(gone));
		PersonId ali = this.programme.mentor("Ali", 2, "sv");
		PersonId eva = this.programme.mentor("Eva", 2, "sv");

		String everyone = this.mvc.perform(english(get(this.page)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(everyone)
			.contains("id=\"seniorId-count\" role=\"status\"", "23 active seniors match.",
					"The first 20 by name are listed", "2 active mentors match.",
					"<label for=\"seniorSearch\">Find a senior</label>", "Astrid Lindqvist, born 1944, Skellefteå")
			.doesNotContain("Gunnel");
		assertThat(occurrences(everyone, "type=\"radio\" name=\"seniorId\"")).isEqualTo(20);
		assertThat(occurrences(everyone, "type=\"radio\" name=\"mentorId\"")).isEqualTo(2);

		String searched = this.mvc.perform(english(get(this.page).param("seniorSearch", "astr")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(searched).contains("1 active senior matches.", "id=\"seniorId-" + astrid + "\"", "value=\"astr\"")
			.doesNotContain("Sture00", "The first 20 by name");
		this.mvc.perform(english(get(this.page).param("seniorSearch", "Gunnel")))
			.andExpect(content().string(containsString("No active senior of the programme matches.")));

		// What htmx asks for as a search field is typed in: the radio buttons, and the
		// count and the what-if question's mentors swapped in by id.
		String seniors = this.mvc
			.perform(english(get(this.page + "/seniors").param("seniorSearch", "sture07").header("HX-Request", "true")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(seniors).doesNotContain("<html", "<main", "Sture08", "whatIfMentor")
			.contains("Sture07 Lindqvist, born 1944", "name=\"seniorId\"",
					"<p id=\"seniorId-count\" hx-swap-oob=\"innerHTML\">", "<span>1 active senior matches.</span>");
		String mentors = this.mvc
			.perform(english(get(this.page + "/mentors").param("mentorSearch", "EVA").header("HX-Request", "true")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(mentors)
			.contains("id=\"mentorId-" + eva + "\"", "1 active mentor matches.",
					"<select id=\"whatIfMentor\" hx-swap-oob=\"innerHTML\">", "<option value=\"" + eva + "\">")
			.doesNotContain(ali.toString());

		// A refused pair comes back with both chosen, even one beyond the first twenty.
		PersonId omar = this.programme.mentor("Omar", 1, "ar");
		this.mvc
			.perform(english(post("/programmes/" + this.programme.programme + "/pairs")).with(csrf())
				.param("seniorId", stures.get(21).toString())
				.param("mentorId", omar.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("They have no language in common."),
					containsString("value=\"" + stures.get(21) + "\" checked=\"checked\""),
					containsString("value=\"" + omar + "\" checked=\"checked\""))));

		RequestPostProcessor stranger = user(this.testOrganisations.create("Byske").principal(Role.COORDINATOR));
		this.mvc.perform(get(this.page + "/seniors").with(stranger)).andExpect(status().isNotFound());
		this.mvc.perform(get(this.page + "/mentors").with(stranger)).andExpect(status().isNotFound());
	}

	@Test
	void anotherOrganisationsProgrammeRunAndPairAreNotFound() throws Exception {
		PersonId astrid = this.programme.senior("Astrid", "sv");
		PersonId ali = this.programme.mentor("Ali", 2, "sv");
		String run = finishedRun();
		this.mvc.perform(decide(run, astrid, ali, "PIN"));
		Pair pair = decided().get(0);
		RequestPostProcessor stranger = user(this.testOrganisations.create("Byske").principal(Role.COORDINATOR));

		this.mvc.perform(get(this.page).with(stranger)).andExpect(status().isNotFound());
		this.mvc.perform(get(run).with(stranger)).andExpect(status().isNotFound());
		this.mvc.perform(get(run + "/progress").with(stranger)).andExpect(status().isNotFound());
		this.mvc.perform(post(this.page + "/runs").with(stranger).with(csrf()).param("mode", "OPTIMAL"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post(run + "/decisions").with(stranger)
				.with(csrf())
				.param("seniorId", astrid.toString())
				.param("mentorId", ali.toString())
				.param("decision", "APPROVE"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/programmes/" + this.programme.programme + "/pairs").with(stranger)
				.with(csrf())
				.param("seniorId", astrid.toString())
				.param("mentorId", ali.toString()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/pairs/" + pair.id() + "/end").with(stranger).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/pairs/" + pair.id() + "/approve").with(stranger).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(decided()).singleElement().extracting(Pair::status).isEqualTo(PairStatus.PINNED);
	}

	@Test
	void onlyAdminsAndCoordinatorsComeIn() throws Exception {
		for (Role role : List.of(Role.MENTOR, Role.VENUE_STAFF, Role.ANALYST)) {
			RequestPostProcessor someone = user(this.kage.principal(role));
			this.mvc.perform(get(this.page).with(someone)).andExpect(status().isForbidden());
			this.mvc.perform(post(this.page + "/runs").with(someone).with(csrf()).param("mode", "OPTIMAL"))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(get(this.page).with(user(this.kage.principal(Role.ADMIN)))).andExpect(status().isOk());
		this.mvc.perform(post(this.page + "/runs").with(this.coordinator).param("mode", "OPTIMAL"))
			.andExpect(status().isForbidden());
	}

}

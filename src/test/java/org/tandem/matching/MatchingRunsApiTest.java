package org.tandem.matching;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tandem.curriculum.Device;
import org.tandem.organisations.Organisations;
import org.tandem.organisations.TestOrganisation;
import org.tandem.organisations.TestOrganisations;
import org.tandem.people.ConsentGiver;
import org.tandem.people.ConsentMethod;
import org.tandem.people.ConsentPurpose;
import org.tandem.people.ContactChannel;
import org.tandem.people.Gender;
import org.tandem.people.LanguageCode;
import org.tandem.people.People;
import org.tandem.people.PersonId;
import org.tandem.people.PersonKind;
import org.tandem.people.PersonSource;
import org.tandem.people.PhoneNumber;
import org.tandem.people.Profile;
import org.tandem.programmes.ProgrammeDetails;
import org.tandem.programmes.ProgrammeId;
import org.tandem.programmes.Programmes;
import org.tandem.programmes.Term;
import org.tandem.system.Role;
import org.tandem.system.TimeWindow;
import org.tandem.system.WeeklyTimes;
import org.tandem.testing.TandemTest;
import org.tandem.venues.AccessibilityFeature;
import org.tandem.venues.Address;
import org.tandem.venues.RoomDetails;
import org.tandem.venues.VenueDetails;
import org.tandem.venues.VenueId;
import org.tandem.venues.VenueKind;
import org.tandem.venues.Venues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Matching runs through the JSON API on a small registry made through the other modules'
 * public APIs: a run is started, finishes in the background with explained pairs and
 * reasons for the unmatched, and its published candidates, re-solved here by exhaustive
 * search, reach exactly its matched count and objective.
 */
@TandemTest
class MatchingRunsApiTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	TestOrganisations organisations;

	@Autowired
	Organisations organisationsApi;

	@Autowired
	Programmes programmes;

	@Autowired
	Venues venues;

	@Autowired
	People people;

	@Autowired
	Matching matching;

	@Autowired
	MatchingRunRepository runs;

	TestOrganisation kage;

	String coordinator;

	ProgrammeId programme;

	@BeforeEach
	void aSmallProgramme() {
		this.kage = this.organisations.create("Kåge");
		this.coordinator = this.kage.bearer(Role.COORDINATOR);
		this.organisationsApi.actFor(this.kage.organisation(), () -> {
			this.programme = this.programmes
				.create(new ProgrammeDetails("Höst " + UUID.randomUUID(), null,
						new Term(LocalDate.now().minusDays(10), LocalDate.now().plusDays(90)), 60))
				.id();
			VenueId library = this.venues
				.create(new VenueDetails("Kåge bibliotek", VenueKind.LIBRARY,
						new Address("Storgatan 1", "934 31", "Kåge", "Skellefteå"), null, null,
						List.of(new RoomDetails(null, "Studierummet", 6)), weekdays(),
						Set.of(AccessibilityFeature.LIFT), null, null, Set.of(this.programme)))
				.id();
			// Three Swedish speakers for two mentors' places, and one who speaks only
			// Somali: two pairs, one senior for whom the others were taken, one for whom
			// nobody speaks the language.
			person(PersonKind.SENIOR, "Åsa", 1941, List.of("sv"), Set.of(Device.IPHONE, Device.IPAD), library, 1);
			person(PersonKind.SENIOR, "Greta", 1944, List.of("sv", "fi"), Set.of(Device.ANDROID_PHONE), library, 1);
			person(PersonKind.SENIOR, "Nils", 1939, List.of("sv"), Set.of(Device.IPAD), library, 1);
			person(PersonKind.SENIOR, "Hodan", 1950, List.of("so"), Set.of(Device.IPHONE), library, 1);
			person(PersonKind.MENTOR, "Elias", 2000, List.of("sv", "ar"), Set.of(Device.IPHONE, Device.IPAD), library,
					1);
			person(PersonKind.MENTOR, "Sara", 1999, List.of("fi", "sv"), Set.of(Device.ANDROID_PHONE), library, 1);
		});
	}

	void person(PersonKind kind, String name, int yearOfBirth, List<String> languages, Set<Device> devices,
			VenueId venue, int capacity) {
		Profile profile = new Profile(name, "Testsson", yearOfBirth, Gender.WOMAN, PhoneNumber.parse("070-123 45 67"),
				null, null, ContactChannel.SMS, languages.stream().map(LanguageCode::new).toList(), devices, List.of(),
				WeeklyTimes.of(new TimeWindow(DayOfWeek.TUESDAY, LocalTime.of(14, 0), LocalTime.of(16, 0))),
				Set.of(venue), false, Set.of(), Set.of(this.programme), null, null, capacity, null, null);
		var person = this.people.register(kind, profile, PersonSource.MANUAL);
		this.people.recordConsent(person.id(), ConsentPurpose.PARTICIPATION, ConsentGiver.PERSON, null,
				ConsentMethod.PAPER);
		this.people.activate(person.id());
	}

	static WeeklyTimes weekdays() {
		List<TimeWindow> windows = new ArrayList<>();
		for (int day = 1; day <= 5; day++) {
			windows.add(new TimeWindow(DayOfWeek.of(day), LocalTime.of(9, 0), LocalTime.of(18, 0)));
		}
		return new WeeklyTimes(windows);
	}

	MockHttpServletRequestBuilder startRun(ProgrammeId programme, String body) {
		return post("/api/v1/programmes/" + programme + "/matching-runs").header("Authorization", this.coordinator)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
	}

	String start(String mode) throws Exception {
		return this.mvc.perform(startRun(this.programme, "{\"mode\":\"" + mode + "\"}"))
			.andExpect(status().isAccepted())
			.andExpect(header().string("Location", containsString("/api/v1/matching-runs/")))
			.andExpect(jsonPath("$.mode").value(mode))
			.andReturn()
			.getResponse()
			.getHeader("Location");
	}

	JsonNode finished(String location, String language) throws Exception {
		Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
		while (true) {
			String body = this.mvc
				.perform(get(location).header("Authorization", this.coordinator).header("Accept-Language", language))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			JsonNode run = JSON.readTree(body);
			if (!"RUNNING".equals(run.get("status").asString())) {
				return run;
			}
			assertThat(Instant.now()).as("the run finishes within a minute").isBefore(giveUp);
			Thread.sleep(50);
		}
	}

	JsonNode candidates(String location) throws Exception {
		return JSON.readTree(this.mvc.perform(get(location + "/candidates").header("Authorization", this.coordinator))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	/** The published candidates, read back by ids only, as an outside auditor would. */
	static Instance instance(JsonNode candidates) {
		List<UUID> seniors = new ArrayList<>();
		candidates.get("seniors").forEach((senior) -> seniors.add(UUID.fromString(senior.asString())));
		List<MentorLoad> mentors = new ArrayList<>();
		for (JsonNode mentor : candidates.get("mentors")) {
			int[] penalties = new int[mentor.get("penalties").size()];
			for (int k = 0; k < penalties.length; k++) {
				penalties[k] = mentor.get("penalties").get(k).asInt();
			}
			mentors
				.add(new MentorLoad(UUID.fromString(mentor.get("mentorId").asString()), LoadPenalties.of(penalties)));
		}
		return new Instance(seniors, mentors, pairs(candidates.get("candidates")), pairs(candidates.get("fixed")));
	}

	static List<Assignment> pairs(JsonNode pairs) {
		List<Assignment> read = new ArrayList<>();
		for (JsonNode pair : pairs) {
			read.add(new Assignment(UUID.fromString(pair.get("seniorId").asString()),
					UUID.fromString(pair.get("mentorId").asString()), pair.get("score").asInt()));
		}
		return read;
	}

	@Test
	void anOptimalRunProposesExplainedPairsWhoseCandidatesReSolveToTheSameOptimum() throws Exception {
		String location = start("optimal");

		JsonNode run = finished(location, "en");

		assertThat(run.get("status").asString()).isEqualTo("FINISHED");
		assertThat(run.get("progress").asInt()).isEqualTo(100);
		assertThat(run.get("matchedCount").asInt()).isEqualTo(2);
		assertThat(run.get("assignments")).hasSize(2);
		for (JsonNode pair : run.get("assignments")) {
			int points = 0;
			for (JsonNode line : pair.get("explanation")) {
				points += line.get("points").asInt();
				assertThat(line.get("text").asString()).isNotBlank();
			}
			assertThat(points).as("explanation adds up to the score").isEqualTo(pair.get("score").asInt());
		}
		assertThat(run.toString()).contains("both prefer Kåge bibliotek");
		Map<String, String> reasons = new HashMap<>();
		run.get("unmatched")
			.forEach((senior) -> reasons.put(senior.get("reasons").get(0).get("code").asString(),
					senior.get("reasons").get(0).get("text").asString()));
		assertThat(reasons).containsKeys("NO_MENTOR_SPEAKS_LANGUAGE", "MENTORS_TAKEN_BY_OTHERS");
		assertThat(reasons.get("NO_MENTOR_SPEAKS_LANGUAGE")).isEqualTo("no mentor speaks Somali");

		Instance published = instance(candidates(location));
		ExhaustiveSearch.Value best = ExhaustiveSearch.best(published);
		assertThat(published.seniors()).hasSize(4);
		assertThat(published.pairs()).hasSize(run.get("candidateCount").asInt());
		assertThat(best.matched()).isEqualTo(run.get("matchedCount").asInt());
		assertThat(best.objective()).isEqualTo(run.get("objective").asLong());
		MatchingResult again = new OptimalMatching().solve(published.problem());
		assertThat(again.objective()).isEqualTo(run.get("objective").asLong());
		Map<UUID, UUID> proposed = new HashMap<>();
		run.get("assignments")
			.forEach((pair) -> proposed.put(UUID.fromString(pair.get("seniorId").asString()),
					UUID.fromString(pair.get("mentorId").asString())));
		assertThat(ExhaustiveSearch.objective(published, proposed)).as("the proposal reaches its stated objective")
			.isEqualTo(run.get("objective").asLong());
	}

	@Test
	void explanationsAndReasonsAreSaidInTheCallersLanguage() throws Exception {
		String location = start("optimal");

		JsonNode run = finished(location, "sv");

		assertThat(run.toString()).contains("båda föredrar Kåge bibliotek").contains("ingen mentor talar somaliska");
	}

	@Test
	void aStableRunProposesAMatchingNoPairWouldLeave() throws Exception {
		String location = start("stable");

		JsonNode run = finished(location, "en");

		assertThat(run.get("status").asString()).isEqualTo("FINISHED");
		assertThat(run.get("mode").asString()).isEqualTo("stable");
		Instance published = instance(candidates(location));
		Map<UUID, UUID> proposed = new HashMap<>();
		run.get("assignments")
			.forEach((pair) -> proposed.put(UUID.fromString(pair.get("seniorId").asString()),
					UUID.fromString(pair.get("mentorId").asString())));
		assertThat(proposed).hasSize(run.get("matchedCount").asInt());
		assertThat(ExhaustiveSearch.isStable(published, proposed)).isTrue();
		assertThat(ExhaustiveSearch.objective(published, proposed)).isEqualTo(run.get("objective").asLong());
	}

	@Test
	void theCandidatesDownloadAsCsvWithTheSameItems() throws Exception {
		String location = start("optimal");
		finished(location, "en");
		JsonNode json = candidates(location);

		String byAccept = this.mvc
			.perform(get(location + "/candidates").header("Authorization", this.coordinator)
				.accept(MediaType.parseMediaType("text/csv")))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String byAddress = this.mvc.perform(get(location + "/candidates.csv").header("Authorization", this.coordinator))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(byAddress).isEqualTo(byAccept);
		List<String> lines = byAccept.lines().toList();
		assertThat(lines.get(0)).isEqualTo("record,senior_id,mentor_id,score,penalties");
		List<String> candidateLines = lines.stream().filter((line) -> line.startsWith("candidate,")).toList();
		assertThat(candidateLines).hasSize(json.get("candidates").size());
		JsonNode first = json.get("candidates").get(0);
		assertThat(candidateLines.get(0)).isEqualTo("candidate," + first.get("seniorId").asString() + ","
				+ first.get("mentorId").asString() + "," + first.get("score").asInt() + ",");
		assertThat(lines.stream().filter((line) -> line.startsWith("mentor,")).toList()).hasSize(2)
			.allSatisfy((line) -> assertThat(line).endsWith(",0"));
		assertThat(lines.stream().filter((line) -> line.startsWith("senior,")).count()).isEqualTo(4);
	}

	@Test
	void aRunThatFailsIsMarkedFailedRatherThanLeftRunning() throws Exception {
		// The programme was removed between the start and the work: the run cannot
		// read it.
		ProgrammeId gone = new ProgrammeId(UUID.randomUUID());
		MatchingRunId run = new MatchingRunId(UUID.randomUUID());
		this.organisationsApi.actFor(this.kage.organisation(), () -> {
			this.runs.start(run, gone, MatchingMode.OPTIMAL, null, Instant.now());
			this.matching.execute(run, gone, MatchingMode.OPTIMAL);
		});

		this.mvc.perform(get("/api/v1/matching-runs/" + run).header("Authorization", this.coordinator))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("FAILED"))
			.andExpect(jsonPath("$.failure").value("ProgrammeNotFound"))
			.andExpect(jsonPath("$.finishedAt").isNotEmpty());
		this.mvc.perform(get("/api/v1/matching-runs/" + run + "/candidates").header("Authorization", this.coordinator))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.organisationsApi.actFor(this.kage.organisation(), () -> assertThat(
				this.runs.start(new MatchingRunId(UUID.randomUUID()), gone, MatchingMode.OPTIMAL, null, Instant.now()))
			.as("the programme is free again")
			.isTrue());
	}

	@Test
	void aProposalLargerThanOneReadIsReturnedWholeInTheDocumentedShape() throws Exception {
		List<ProposedPair> pairs = new ArrayList<>();
		List<Assignment> chosen = new ArrayList<>();
		for (int i = 0; i < 2 * MatchingRunRepository.BATCH + 5; i++) {
			ProposedPair pair = new ProposedPair(new PersonId(UUID.randomUUID()), new PersonId(UUID.randomUUID()), 40,
					false,
					List.of(new ExplanationLine(Criterion.TOPICS, 40, Phrase.of("matching.explanation.TOPICS", 2, 3))));
			pairs.add(pair);
			chosen.add(new Assignment(pair.senior().value(), pair.mentor().value(), 40));
		}
		List<UnmatchedSenior> unmatched = new ArrayList<>();
		for (int i = 0; i < MatchingRunRepository.BATCH + 3; i++) {
			unmatched.add(new UnmatchedSenior(new PersonId(UUID.randomUUID()), List
				.of(new UnmatchedReason(UnmatchedReason.Code.NO_MENTORS, Phrase.of("matching.unmatched.NO_MENTORS")))));
		}
		MatchingRunId run = new MatchingRunId(UUID.randomUUID());
		this.organisationsApi.actFor(this.kage.organisation(), () -> {
			this.runs.start(run, this.programme, MatchingMode.OPTIMAL, null, Instant.now());
			this.runs.finish(run,
					new MatchingResult(MatchingMode.OPTIMAL, chosen, List.of(), chosen.size(), 80_200L,
							unmatched.stream().map((senior) -> senior.senior().value()).toList()),
					pairs, unmatched, Instant.now());
		});

		JsonNode read = finished("/api/v1/matching-runs/" + run, "en");

		assertThat(read.get("id").asString()).isEqualTo(run.toString());
		assertThat(read.get("status").asString()).isEqualTo("FINISHED");
		assertThat(read.get("mode").asString()).isEqualTo("optimal");
		assertThat(read.get("matchedCount").asInt()).isEqualTo(pairs.size());
		assertThat(read.get("objective").asLong()).isEqualTo(80_200L);
		assertThat(Instant.parse(read.get("startedAt").asString())).isBefore(Instant.now());
		List<String> seniors = new ArrayList<>();
		read.get("assignments").forEach((pair) -> seniors.add(pair.get("seniorId").asString()));
		assertThat(seniors).as("every pair once, by senior id")
			.containsExactlyElementsOf(pairs.stream().map((pair) -> pair.senior().toString()).sorted().toList());
		JsonNode first = read.get("assignments").get(0);
		assertThat(first.get("mentorId").asString()).isNotBlank();
		assertThat(first.get("score").asInt()).isEqualTo(40);
		assertThat(first.get("kept").asBoolean()).isFalse();
		assertThat(first.get("explanation").get(0).get("criterion").asString()).isEqualTo("TOPICS");
		assertThat(first.get("explanation").get(0).get("points").asInt()).isEqualTo(40);
		assertThat(first.get("explanation").get(0).get("text").asString()).isEqualTo("2 of 3 wanted topics");
		assertThat(read.get("unmatched")).hasSize(unmatched.size());
		assertThat(read.get("unmatched").get(unmatched.size() - 1).get("reasons").get(0).get("code").asString())
			.isEqualTo("NO_MENTORS");
		assertThat(read.get("unmatched").get(0).get("reasons").get(0).get("text").asString()).isNotBlank();
	}

	@Test
	void theStreamedRunIsStillDescribedInOpenApiWithItsShape() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/matching-runs/{runId}'].get.responses['200'].content"
					+ "['application/json'].schema['$ref']")
				.value(containsString("RunJson")))
			.andExpect(jsonPath("$.components.schemas.RunJson.properties.assignments.items['$ref']")
				.value(containsString("PairJson")));
	}

	@Test
	void aSecondRunOfAProgrammeWhileOneRunsIsAConflict() throws Exception {
		this.organisationsApi.actFor(this.kage.organisation(), () -> this.runs
			.start(new MatchingRunId(UUID.randomUUID()), this.programme, MatchingMode.OPTIMAL, null, Instant.now()));

		this.mvc.perform(startRun(this.programme, "{\"mode\":\"stable\"}").header("Accept-Language", "en"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("already running")));
		this.mvc.perform(startRun(this.programme, "{\"mode\":\"stable\"}").header("Accept-Language", "sv"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("pågår redan")));
	}

	@Test
	void aModeOtherThanOptimalOrStableIsRefusedNamingTheFieldInTheCallersLanguage() throws Exception {
		this.mvc.perform(startRun(this.programme, "{\"mode\":\"greedy\"}").header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("mode"))
			.andExpect(jsonPath("$.errors[0].rule").value("Pattern"))
			.andExpect(jsonPath("$.errors[0].message").value("Choose optimal or stable."));
		this.mvc.perform(startRun(this.programme, "{}").header("Accept-Language", "sv"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("mode"))
			.andExpect(jsonPath("$.errors[0].rule").value("NotNull"));
		this.mvc.perform(startRun(this.programme, "{\"mode\":\"OPTIMAL!\"}").header("Accept-Language", "sv"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("Välj optimal eller stable."));
	}

	@Test
	void anUnknownProgrammeOrRunIsNotFound() throws Exception {
		this.mvc.perform(startRun(new ProgrammeId(UUID.randomUUID()), "{\"mode\":\"optimal\"}"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(get("/api/v1/matching-runs/" + UUID.randomUUID()).header("Authorization", this.coordinator))
			.andExpect(status().isNotFound());
	}

	@Test
	void anotherOrganisationSeesNoneOfTheRunsOrProgrammes() throws Exception {
		String location = start("optimal");
		finished(location, "en");
		TestOrganisation other = this.organisations.create("Luleå");
		String stranger = other.bearer(Role.COORDINATOR);

		for (String address : List.of(location, location + "/candidates", location + "/candidates.csv")) {
			this.mvc.perform(get(address).header("Authorization", stranger))
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		}
		this.mvc
			.perform(get(location + "/candidates").header("Authorization", stranger)
				.accept(MediaType.parseMediaType("text/csv")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/api/v1/programmes/" + this.programme + "/matching-runs").header("Authorization", stranger)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"mode\":\"optimal\"}"))
			.andExpect(status().isNotFound());
	}

	@Test
	void onlyAdminsAndCoordinatorsRunMatching() throws Exception {
		String location = start("optimal");
		finished(location, "en");

		for (Role role : List.of(Role.MENTOR, Role.SENIOR, Role.VENUE_STAFF, Role.ANALYST)) {
			String bearer = this.kage.bearer(role);
			this.mvc
				.perform(post("/api/v1/programmes/" + this.programme + "/matching-runs").header("Authorization", bearer)
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"mode\":\"optimal\"}"))
				.andExpect(status().isForbidden());
			for (String address : List.of(location, location + "/candidates", location + "/candidates.csv")) {
				this.mvc.perform(get(address).header("Authorization", bearer)).andExpect(status().isForbidden());
			}
		}
		this.mvc.perform(get(location).header("Authorization", this.kage.bearer(Role.ADMIN)))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/api/v1/programmes/" + this.programme + "/matching-runs")
				.header("Authorization", this.kage.bearer(Role.ADMIN))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"mode\":\"stable\"}"))
			.andExpect(status().isAccepted())
			.andExpect(header().string("Location", containsString("/api/v1/matching-runs/")));
	}

}

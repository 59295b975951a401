package org.tandem.people;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.tandem.organisations.Organisations;
import org.tandem.organisations.TestOrganisation;
import org.tandem.organisations.TestOrganisations;
import org.tandem.system.Role;
import org.tandem.testing.MutableClock;
import org.tandem.testing.TandemTest;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Mentors and seniors through the JSON API, with the safeguarding rules enforced however
 * the request is made.
 */
@TandemTest
class PeopleApiTest {

	static final String SENIOR = """
			{"firstName":"Åsa","lastName":"Öberg","yearOfBirth":1941,"gender":"WOMAN","phone":"070-123 45 67",
			 "contactChannel":"SMS","languages":["sv","fi"],"devices":["IPHONE"],
			 "availability":[{"day":"TUESDAY","start":"14:00","end":"16:00"}],"accessibilityNeeds":["HEARING"]}
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestOrganisations organisations;

	@Autowired
	MutableClock clock;

	Instant clockBefore;

	@Autowired
	People people;

	@Autowired
	Organisations organisationsApi;

	TestOrganisation skelleftea;

	String coordinator;

	@BeforeEach
	void anOrganisation() {
		this.clockBefore = this.clock.instant();
		this.skelleftea = this.organisations.create("Skellefteå");
		this.coordinator = this.skelleftea.bearer(Role.COORDINATOR);
	}

	@AfterEach
	void setTheClockBack() {
		this.clock.set(this.clockBefore);
	}

	String create(String group, String body) throws Exception {
		String json = this.mvc
			.perform(post("/api/v1/" + group).header("Authorization", this.coordinator)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return json.replaceAll("^\\{\"id\":\"([^\"]+)\".*$", "$1");
	}

	/** The year of birth of someone who turns {@code age} this year by the clock. */
	int turning(int age) {
		return LocalDate.ofInstant(this.clock.instant(), ZoneId.of("Europe/Stockholm")).getYear() - age;
	}

	static String mentor(int yearOfBirth, boolean homeVisits) {
		return """
				{"firstName":"Elias","lastName":"Berg","yearOfBirth":%d,"phone":"+46 73 555 12 34",
				 "email":"elias@example.se","contactChannel":"EMAIL","languages":["sv","ar"],"homeVisits":%s,
				 "school":"Kaplanskolan","schoolClass":"9B","capacity":2}
				""".formatted(yearOfBirth, homeVisits);
	}

	@Test
	void registersASeniorWithAPhoneNumberWrittenTheSwedishWay() throws Exception {
		String id = create("seniors", SENIOR);

		this.mvc.perform(get("/api/v1/seniors/" + id).header("Authorization", this.coordinator))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.phone").value("+46701234567"))
			.andExpect(jsonPath("$.status").value("PENDING"))
			.andExpect(jsonPath("$.languages[0]").value("sv"))
			.andExpect(jsonPath("$.availability[0].start").value("14:00:00"))
			.andExpect(jsonPath("$.version").value(0));
	}

	@Test
	void findsPeopleByNameOrPhoneHoweverItIsWritten() throws Exception {
		create("seniors", SENIOR);

		this.mvc.perform(get("/api/v1/seniors").param("search", "åsa").header("Authorization", this.coordinator))
			.andExpect(jsonPath("$.totalItems").value(1));
		this.mvc
			.perform(get("/api/v1/seniors").param("search", "+46 70 123 45 67")
				.header("Authorization", this.coordinator))
			.andExpect(jsonPath("$.totalItems").value(1));
		this.mvc.perform(get("/api/v1/seniors").param("language", "fi").header("Authorization", this.coordinator))
			.andExpect(jsonPath("$.totalItems").value(1));
		this.mvc.perform(get("/api/v1/seniors").param("language", "so").header("Authorization", this.coordinator))
			.andExpect(jsonPath("$.totalItems").value(0));
		this.mvc.perform(get("/api/v1/mentors").param("search", "åsa").header("Authorization", this.coordinator))
			.andExpect(jsonPath("$.totalItems").value(0));
	}

	@Test
	void listsTheSeniorsWhoStillWaitForAMentorOnTheListAndThroughTheApi() throws Exception {
		String waiting = create("seniors", SENIOR);
		String partnered = create("seniors", SENIOR.replace("\"Åsa\"", "\"Greta\""));
		this.organisationsApi.actFor(this.skelleftea.organisation(),
				() -> this.people.recordMatched(new PersonId(UUID.fromString(partnered)), true));

		this.mvc.perform(get("/api/v1/seniors").param("matched", "false").header("Authorization", this.coordinator))
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].id").value(waiting));
		this.mvc.perform(get("/api/v1/seniors").param("matched", "true").header("Authorization", this.coordinator))
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].id").value(partnered));
		this.mvc
			.perform(get("/seniors").param("matched", "false")
				.with(user(this.skelleftea.principal(Role.COORDINATOR)))
				.header("Accept-Language", "sv"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Väntar på en mentor")))
			.andExpect(content().string(containsString("Åsa")))
			.andExpect(content().string(not(containsString("Greta"))));
	}

	@Test
	void thePagerOfAListKeepsTheSearchAndEveryFilter() throws Exception {
		java.util.List<Profile> many = new java.util.ArrayList<>();
		for (int i = 0; i < 30; i++) {
			many.add(Profiles.senior("Karin" + i, "Öberg"));
		}
		this.organisationsApi.actFor(this.skelleftea.organisation(),
				() -> this.people.registerAll(PersonKind.SENIOR, many, PersonSource.MANUAL, (done) -> {
				}));

		this.mvc
			.perform(get("/seniors").param("search", "öberg")
				.param("language", "fi")
				.param("matched", "false")
				.param("page", "0")
				.with(user(this.skelleftea.principal(Role.COORDINATOR))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"href=\"/seniors?search=%C3%B6berg&amp;language=fi&amp;matched=false&amp;page=1\" rel=\"next\"")));
	}

	@Test
	void recordingAPartnerForSomeoneOfAnotherOrganisationFindsNobody() throws Exception {
		String id = create("seniors", SENIOR);
		TestOrganisation lulea = this.organisations.create("Luleå");

		assertThatThrownBy(() -> this.organisationsApi.actFor(lulea.organisation(),
				() -> this.people.recordMatched(new PersonId(UUID.fromString(id)), true)))
			.isInstanceOf(PersonNotFound.class);
	}

	@Test
	void listsEveryBadFieldInTheCallersLanguage() throws Exception {
		this.mvc
			.perform(post("/api/v1/seniors").header("Authorization", this.coordinator)
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"firstName":"","lastName":"Öberg","yearOfBirth":1941,"phone":"070-12",
						 "contactChannel":"SMS","languages":["swedish"],"postcode":"9313"}
						"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("firstName")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("phone")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("languages[0]")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("postcode")))
			.andExpect(jsonPath("$.errors[?(@.field == 'phone')].message")
				.value("Write a phone number like 070-123 45 67 or +46 70 123 45 67."));
	}

	@Test
	void refusesATopicThatIsNotInTheOrganisationsCurriculum() throws Exception {
		this.mvc
			.perform(post("/api/v1/seniors").header("Authorization", this.coordinator)
				.contentType(MediaType.APPLICATION_JSON)
				.content(SENIOR.replace("\"devices\"",
						"\"topics\":[{\"topicId\":\"" + java.util.UUID.randomUUID()
								+ "\",\"priority\":1}],\"devices\"")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].rule").value("UnknownTopic"));
	}

	@Test
	void refusesVenuesAndProgrammesThatAreNotTheOrganisations() throws Exception {
		this.mvc
			.perform(post("/api/v1/seniors").header("Authorization", this.coordinator)
				.contentType(MediaType.APPLICATION_JSON)
				.content(SENIOR.replace("\"devices\"",
						"\"venues\":[\"" + java.util.UUID.randomUUID() + "\"],\"devices\"")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].rule").value("UnknownVenue"));
		this.mvc
			.perform(post("/api/v1/seniors").header("Authorization", this.coordinator)
				.contentType(MediaType.APPLICATION_JSON)
				.content(SENIOR.replace("\"devices\"",
						"\"programmes\":[\"" + java.util.UUID.randomUUID() + "\"],\"devices\"")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].rule").value("UnknownProgramme"));
	}

	@Test
	void aSeniorReachedBySmsNeedsAPhoneNumber() throws Exception {
		this.mvc
			.perform(post("/api/v1/seniors").header("Authorization", this.coordinator)
				.header("Accept-Language", "sv")
				.contentType(MediaType.APPLICATION_JSON)
				.content(
						"""
								{"firstName":"Gunnel","lastName":"Lund","yearOfBirth":1940,"contactChannel":"SMS","languages":["sv"]}
								"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("phone"))
			.andExpect(jsonPath("$.errors[0].rule").value("ChannelNeedsPhone"))
			.andExpect(jsonPath("$.errors[0].message").value("Sms och samtal kräver ett telefonnummer."));
	}

	@Test
	void noHomeVisitsForMinors() throws Exception {
		this.mvc
			.perform(post("/api/v1/mentors").header("Authorization", this.coordinator)
				.contentType(MediaType.APPLICATION_JSON)
				.content(mentor(turning(15), true)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("homeVisits"))
			.andExpect(jsonPath("$.errors[0].rule").value("NoHomeVisitsForMinors"));
	}

	@Test
	void guardianConsentRequired_aMinorBecomesActiveOnlyAfterTheGuardianUsedTheLink() throws Exception {
		String id = create("mentors", mentor(turning(15), false));

		this.mvc.perform(post("/api/v1/mentors/" + id + "/activate").header("Authorization", this.coordinator))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].rule").value("GuardianConsentRequired"));

		String link = this.mvc
			.perform(post("/api/v1/mentors/" + id + "/guardian-requests").header("Authorization", this.coordinator)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"guardianName\":\"Anna Berg\",\"guardianContact\":\"anna@example.se\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll(".*\"path\":\"([^\"]+)\".*", "$1");

		this.mvc.perform(get(link).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Consent for Elias to be a digital guide")))
			.andExpect(content().string(not(containsString("Kaplanskolan"))));
		this.mvc
			.perform(post(link).with(csrf())
				.param("guardianName", "Anna Berg")
				.param("participation", "true")
				.param("optional", "PHOTOS"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Elias")));

		this.mvc.perform(get("/api/v1/mentors/" + id + "/consents").header("Authorization", this.coordinator))
			.andExpect(jsonPath("$[*].purpose", hasItem("PARTICIPATION")))
			.andExpect(jsonPath("$[*].purpose", hasItem("PHOTOS")))
			.andExpect(jsonPath("$[0].givenBy").value("GUARDIAN"))
			.andExpect(jsonPath("$[0].method").value("SIGNED_LINK"));
		this.mvc.perform(post("/api/v1/mentors/" + id + "/activate").header("Authorization", this.coordinator))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACTIVE"));
		this.mvc.perform(get(link)).andExpect(status().isNotFound());
	}

	@Test
	void aGuardianMustTickParticipation() throws Exception {
		String id = create("mentors", mentor(turning(14), false));
		String link = this.mvc
			.perform(post("/api/v1/mentors/" + id + "/guardian-requests").header("Authorization", this.coordinator)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"guardianName\":\"Anna Berg\",\"guardianContact\":\"070-111 22 33\"}"))
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll(".*\"path\":\"([^\"]+)\".*", "$1");

		this.mvc.perform(post(link).with(csrf()).param("guardianName", "Anna Berg"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("participation-error")));
		this.mvc.perform(get("/api/v1/mentors/" + id + "/consents").header("Authorization", this.coordinator))
			.andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void homeVisitsNeedAValidBackgroundCheckAndStopWhenItExpires() throws Exception {
		String id = create("mentors", mentor(1999, true));
		this.mvc.perform(get("/api/v1/mentors/" + id + "/background-checks").header("Authorization", this.coordinator))
			.andExpect(jsonPath("$.homeVisitsPermitted").value(false));

		LocalDate today = LocalDate.ofInstant(this.clock.instant(), java.time.ZoneId.of("Europe/Stockholm"));
		this.mvc
			.perform(post("/api/v1/mentors/" + id + "/background-checks").header("Authorization", this.coordinator)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"checkedOn\":\"%s\",\"expiresOn\":\"%s\",\"reference\":\"PR-2026-0042\"}"
					.formatted(today.minusDays(10), today.plusDays(30))))
			.andExpect(status().isCreated());
		this.mvc.perform(get("/api/v1/mentors/" + id + "/background-checks").header("Authorization", this.coordinator))
			.andExpect(jsonPath("$.homeVisitsPermitted").value(true));

		this.clock.advance(Duration.ofDays(32));

		this.mvc.perform(get("/api/v1/mentors/" + id + "/background-checks").header("Authorization", this.coordinator))
			.andExpect(jsonPath("$.homeVisitsPermitted").value(false));
	}

	@Test
	void withdrawingConsentToTakePartMakesAPersonInactive() throws Exception {
		String id = create("seniors", SENIOR);
		String consent = this.mvc
			.perform(post("/api/v1/seniors/" + id + "/consents").header("Authorization", this.coordinator)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"purpose\":\"PARTICIPATION\",\"givenBy\":\"PERSON\",\"method\":\"PAPER\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll("^\\{\"id\":\"([^\"]+)\".*$", "$1");
		this.mvc.perform(post("/api/v1/seniors/" + id + "/activate").header("Authorization", this.coordinator))
			.andExpect(jsonPath("$.status").value("ACTIVE"));

		this.mvc.perform(post("/api/v1/consents/" + consent + "/withdraw").header("Authorization", this.coordinator))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.withdrawnAt").isString());

		this.mvc.perform(get("/api/v1/seniors/" + id).header("Authorization", this.coordinator))
			.andExpect(jsonPath("$.status").value("INACTIVE"));
	}

	@Test
	void refusesAStaleEdit() throws Exception {
		String id = create("seniors", SENIOR);
		String edit = SENIOR.replace("{\"firstName\":\"Åsa\"", "{\"version\":0,\"firstName\":\"Åsa Maria\"");

		this.mvc
			.perform(put("/api/v1/seniors/" + id).header("Authorization", this.coordinator)
				.contentType(MediaType.APPLICATION_JSON)
				.content(edit))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1));
		this.mvc
			.perform(put("/api/v1/seniors/" + id).header("Authorization", this.coordinator)
				.contentType(MediaType.APPLICATION_JSON)
				.content(edit))
			.andExpect(status().isConflict());
	}

	@Test
	void anotherOrganisationSeesNothing() throws Exception {
		String id = create("seniors", SENIOR);
		TestOrganisation limerick = this.organisations.create("Limerick");
		String theirs = limerick.bearer(Role.ADMIN);

		this.mvc.perform(get("/api/v1/seniors/" + id).header("Authorization", theirs)).andExpect(status().isNotFound());
		this.mvc
			.perform(put("/api/v1/seniors/" + id).header("Authorization", theirs)
				.contentType(MediaType.APPLICATION_JSON)
				.content(SENIOR.replace("{\"firstName\"", "{\"version\":0,\"firstName\"")))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/api/v1/seniors/" + id + "/activate").header("Authorization", theirs))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/seniors/" + id + "/consents").header("Authorization", theirs))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/seniors").header("Authorization", theirs))
			.andExpect(jsonPath("$.totalItems").value(0));
	}

	@Test
	void aMentorIsNotFoundAmongSeniors() throws Exception {
		String id = create("mentors", mentor(2000, false));
		this.mvc.perform(get("/api/v1/seniors/" + id).header("Authorization", this.coordinator))
			.andExpect(status().isNotFound());
	}

	@Test
	void onlyCoordinatorsAndAdminsChangeTheRegistry() throws Exception {
		this.mvc.perform(get("/api/v1/seniors").header("Authorization", this.skelleftea.bearer(Role.MENTOR)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/seniors").header("Authorization", this.skelleftea.bearer(Role.ANALYST)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/seniors").header("Authorization", this.skelleftea.bearer(Role.VENUE_STAFF))
				.contentType(MediaType.APPLICATION_JSON)
				.content(SENIOR))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/seniors").header("Authorization", this.skelleftea.bearer(Role.VENUE_STAFF)))
			.andExpect(status().isOk());
	}

}

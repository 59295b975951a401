package org.tandem.venues;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tandem.organisations.TestOrganisation;
import org.tandem.organisations.TestOrganisations;
import org.tandem.programmes.Programme;
import org.tandem.programmes.ProgrammeDetails;
import org.tandem.programmes.Programmes;
import org.tandem.programmes.Term;
import org.tandem.system.Role;
import org.tandem.system.Tenancy;
import org.tandem.system.WeeklyTimes;
import org.tandem.testing.TandemTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The venues API: a coordinator's script registers and edits venues with rooms, opening
 * hours, accessibility and programmes; a list is searched, filtered and paged; roles,
 * other organisations, stale edits and bad input get the answers they should.
 */
@TandemTest
class VenuesApiTest {

	static final String LIBRARY = """
			{"name":"%s","kind":"LIBRARY","street":"Kanalgatan 50","postcode":"931 85","city":"Skellefteå",
			 "municipality":"Skellefteå","latitude":64.750244,"longitude":20.950917,
			 "rooms":[{"name":"Studierummet","capacity":12},{"name":"Aulan","capacity":80}],
			 "openingHours":[{"day":"MONDAY","opens":"10:00","closes":"19:00"},
			                 {"day":"SATURDAY","opens":"11:00","closes":"15:00"}],
			 "features":["HEARING_LOOP","STEP_FREE_ACCESS"],"phone":"0910-73 50 00",
			 "email":"bibliotek@skelleftea.se","programmes":[%s]}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestOrganisations testOrganisations;

	@Autowired
	Programmes programmes;

	@Autowired
	Venues venues;

	@Autowired
	Tenancy tenancy;

	TestOrganisation skelleftea;

	String coordinator;

	Programme autumn;

	@BeforeEach
	void anOrganisationWithAProgramme() {
		this.skelleftea = this.testOrganisations.create("Skellefteå");
		this.coordinator = this.skelleftea.bearer(Role.COORDINATOR);
		this.autumn = programme(this.skelleftea, "Hösten 2026");
	}

	Programme programme(TestOrganisation organisation, String name) {
		return this.tenancy.callAs(organisation.organisation().id(), () -> this.programmes
			.create(new ProgrammeDetails(name, null, new Term(LocalDate.now(), LocalDate.now().plusMonths(4)), 60)));
	}

	<T> T in(TestOrganisation organisation, Supplier<T> work) {
		return this.tenancy.callAs(organisation.organisation().id(), work);
	}

	Venue place(TestOrganisation organisation, String name, VenueKind kind, String city, String municipality,
			Programme... programmes) {
		return in(organisation,
				() -> this.venues
					.create(new VenueDetails(name, kind, new Address("Storgatan 1", "93130", city, municipality), null,
							null, List.of(new RoomDetails(null, "Salen", 20)), WeeklyTimes.NONE, Set.of(), null, null,
							Arrays.stream(programmes).map(Programme::id).collect(Collectors.toSet()))));
	}

	ResultActions send(String bearer, String language, String body) throws Exception {
		return this.mvc.perform(post("/api/v1/venues").header("Authorization", bearer)
			.header("Accept-Language", language)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	@Test
	void aCoordinatorRegistersAVenueWithRoomsHoursAccessibilityAndProgrammes() throws Exception {
		String location = send(this.coordinator, "en",
				LIBRARY.formatted("Skellefteå stadsbibliotek", "\"" + this.autumn.id() + "\""))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/venues/")))
			.andExpect(jsonPath("$.id").isString())
			.andExpect(jsonPath("$.kind").value("LIBRARY"))
			.andExpect(jsonPath("$.postcode").value("93185"))
			.andExpect(jsonPath("$.latitude").value(64.750244))
			.andExpect(jsonPath("$.rooms", hasSize(2)))
			.andExpect(jsonPath("$.rooms[0].id").isString())
			.andExpect(jsonPath("$.rooms[0].name").value("Studierummet"))
			.andExpect(jsonPath("$.rooms[1].capacity").value(80))
			.andExpect(jsonPath("$.openingHours[0].day").value("MONDAY"))
			.andExpect(jsonPath("$.openingHours[1].day").value("SATURDAY"))
			.andExpect(jsonPath("$.features[0]").value("STEP_FREE_ACCESS"))
			.andExpect(jsonPath("$.features[1]").value("HEARING_LOOP"))
			.andExpect(jsonPath("$.programmes[0]").value(this.autumn.id().toString()))
			.andExpect(jsonPath("$.version").value(0))
			.andReturn()
			.getResponse()
			.getHeader("Location");

		this.mvc.perform(get(location).header("Authorization", this.skelleftea.bearer(Role.VENUE_STAFF)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Skellefteå stadsbibliotek"))
			.andExpect(jsonPath("$.phone").value("0910-73 50 00"));
		assertThat(in(this.skelleftea, () -> this.venues.inProgramme(this.autumn.id()))).extracting(Venue::name)
			.containsExactly("Skellefteå stadsbibliotek");
	}

	@Test
	void anOnlineVenueHasAMeetingLinkInsteadOfAnAddress() throws Exception {
		send(this.coordinator, "en", """
				{"name":"Digitala träffpunkten","kind":"ONLINE","meetingLink":"https://meet.example.se/tandem"}""")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.street").doesNotExist())
			.andExpect(jsonPath("$.rooms", hasSize(0)));
		send(this.coordinator, "en", """
				{"name":"Digital utan länk","kind":"ONLINE"}""").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("meetingLink"))
			.andExpect(jsonPath("$.errors[0].rule").value("MeetingLinkRequired"));
		send(this.coordinator, "en", """
				{"name":"Digital med adress","kind":"ONLINE","meetingLink":"https://meet.example.se/x",
				 "street":"Storgatan 1","postcode":"93130","city":"Skellefteå","municipality":"Skellefteå"}""")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].rule").value("OnlineVenueHasNoAddress"));
		send(this.coordinator, "en", """
				{"name":"Bibliotek utan adress","kind":"LIBRARY","rooms":[{"name":"Salen","capacity":10}]}""")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("street"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("A library, care home, school or community centre needs an address."));
	}

	@Test
	void searchesFiltersAndPagesTheList() throws Exception {
		Programme spring = programme(this.skelleftea, "Våren 2027");
		place(this.skelleftea, "Byske bibliotek", VenueKind.LIBRARY, "Byske", "Skellefteå", this.autumn);
		place(this.skelleftea, "Kåge bibliotek", VenueKind.LIBRARY, "Kåge", "Skellefteå", spring);
		place(this.skelleftea, "Solgården", VenueKind.CARE_HOME, "Byske", "Skellefteå", this.autumn, spring);
		place(this.skelleftea, "Norsjö bibliotek", VenueKind.LIBRARY, "Norsjö", "Norsjö", this.autumn);
		String mentor = this.skelleftea.bearer(Role.MENTOR);

		this.mvc.perform(get("/api/v1/venues").param("search", "BYSKE").header("Authorization", mentor))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(2))
			.andExpect(jsonPath("$.items[0].name").value("Byske bibliotek"))
			.andExpect(jsonPath("$.items[1].name").value("Solgården"));
		this.mvc
			.perform(get("/api/v1/venues").param("programme", this.autumn.id().toString())
				.param("kind", "LIBRARY")
				.param("municipality", "skellefteå")
				.header("Authorization", mentor))
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].name").value("Byske bibliotek"));
		this.mvc.perform(get("/api/v1/venues").param("page", "1").param("size", "3").header("Authorization", mentor))
			.andExpect(jsonPath("$.totalItems").value(4))
			.andExpect(jsonPath("$.totalPages").value(2))
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.items[0].name").value("Solgården"));
		this.mvc.perform(get("/api/v1/venues").param("size", "100000").header("Authorization", mentor))
			.andExpect(jsonPath("$.size").value(VenueQuery.MAX_SIZE));
		this.mvc
			.perform(get("/api/v1/venues").param("kind", "CASTLE")
				.header("Authorization", mentor)
				.header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
	}

	@Test
	void anEditKeepsTheRoomsItNamesAndAStaleEditGets409() throws Exception {
		Venue solgarden = place(this.skelleftea, "Solgården", VenueKind.CARE_HOME, "Byske", "Skellefteå");
		RoomId salen = solgarden.rooms().get(0).id();
		String edit = """
				{"version":0,"name":"%s","kind":"CARE_HOME","street":"Solvägen 3","postcode":"93431","city":"Byske",
				 "municipality":"Skellefteå","rooms":[{"id":"%s","name":"Salen","capacity":25},
				 {"name":"Biblioteket","capacity":6}]}""";

		this.mvc
			.perform(put("/api/v1/venues/" + solgarden.id()).header("Authorization", this.coordinator)
				.contentType(MediaType.APPLICATION_JSON)
				.content(edit.formatted("Solgårdens äldreboende", salen)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.rooms[0].id").value(salen.toString()))
			.andExpect(jsonPath("$.rooms[0].capacity").value(25))
			.andExpect(jsonPath("$.rooms[1].name").value("Biblioteket"));
		this.mvc
			.perform(put("/api/v1/venues/" + solgarden.id()).header("Authorization", this.coordinator)
				.contentType(MediaType.APPLICATION_JSON)
				.content(edit.formatted("En gammal kopia", salen)))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		assertThat(in(this.skelleftea, () -> this.venues.get(solgarden.id())).name())
			.isEqualTo("Solgårdens äldreboende");
	}

	@Test
	void staffAndMentorsReadVenuesButOnlyAdminsAndCoordinatorsWriteThem() throws Exception {
		Venue venue = place(this.skelleftea, "Solgården", VenueKind.CARE_HOME, "Byske", "Skellefteå");
		for (Role reader : new Role[] { Role.ADMIN, Role.COORDINATOR, Role.VENUE_STAFF, Role.MENTOR }) {
			this.mvc
				.perform(get("/api/v1/venues/" + venue.id()).header("Authorization", this.skelleftea.bearer(reader)))
				.andExpect(status().isOk());
		}
		for (Role outsider : new Role[] { Role.ANALYST, Role.SENIOR }) {
			this.mvc.perform(get("/api/v1/venues").header("Authorization", this.skelleftea.bearer(outsider)))
				.andExpect(status().isForbidden());
		}
		send(this.skelleftea.bearer(Role.MENTOR), "en", LIBRARY.formatted("Mentorns bibliotek", ""))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc
			.perform(put("/api/v1/venues/" + venue.id())
				.header("Authorization", this.skelleftea.bearer(Role.VENUE_STAFF))
				.contentType(MediaType.APPLICATION_JSON)
				.content(LIBRARY.formatted("Personalens namn", "").replace("{\"name\"", "{\"version\":0,\"name\"")))
			.andExpect(status().isForbidden());
		send(this.skelleftea.bearer(Role.ADMIN), "en", LIBRARY.formatted("Adminens bibliotek", ""))
			.andExpect(status().isCreated());
	}

	@Test
	void listsEveryInvalidFieldWithItsRuleInEnglish() throws Exception {
		send(this.coordinator, "en", """
				{"name":"","street":"Storgatan 1","email":"not an address",
				 "rooms":[{"name":"Salen","capacity":0},{"name":" ","capacity":4}],
				 "openingHours":[{"day":"MONDAY","opens":"19:00","closes":"10:00"}]}""")
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Invalid request"))
			.andExpect(jsonPath("$.errors", hasSize(6)))
			.andExpect(jsonPath("$.errors[?(@.field == 'name')].rule").value("NotBlank"))
			.andExpect(jsonPath("$.errors[?(@.field == 'kind')].rule").value("NotNull"))
			.andExpect(jsonPath("$.errors[?(@.field == 'email')].rule").value("Email"))
			.andExpect(jsonPath("$.errors[?(@.field == 'rooms[0].capacity')].message")
				.value("The smallest allowed value is 1."))
			.andExpect(jsonPath("$.errors[?(@.field == 'rooms[1].name')].message").value("Fill in this field."))
			.andExpect(jsonPath("$.errors[?(@.field == 'openingHours[0].closes')].rule").value("ClosesAfterOpens"))
			.andExpect(jsonPath("$.errors[?(@.field == 'openingHours[0].closes')].message")
				.value("The closing time must be later than the opening time."));
	}

	@Test
	void explainsTheRulesOfVenuesInSwedish() throws Exception {
		send(this.coordinator, "sv", LIBRARY.formatted("Fel postnummer", "").replace("931 85", "9318"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("postcode"))
			.andExpect(jsonPath("$.errors[0].rule").value("Postcode"))
			.andExpect(jsonPath("$.errors[0].message").value("Skriv postnumret med fem siffror, till exempel 931 85."));
		send(this.coordinator, "sv", LIBRARY.formatted("Fel läge", "").replace("64.750244", "94.75"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("latitude"))
			.andExpect(jsonPath("$.errors[0].message").value("Använd ett tal från \u221290 till 90."));
		send(this.coordinator, "sv", """
				{"name":"Stängt","kind":"LIBRARY","street":"Storgatan 1","postcode":"93130","city":"Kåge",
				 "municipality":"Skellefteå","rooms":[{"name":"Salen","capacity":10}],
				 "openingHours":[{"day":"MONDAY","opens":"10:00","closes":"10:00"}]}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("openingHours[0].closes"))
			.andExpect(jsonPath("$.errors[0].message").value("Stängningstiden måste vara senare än öppningstiden."));
		send(this.coordinator, "sv", LIBRARY.formatted("Stadsbiblioteket", "")).andExpect(status().isCreated());
		send(this.coordinator, "sv", LIBRARY.formatted("STADSBIBLIOTEKET", ""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].rule").value("VenueNameTaken"));
	}

	@Test
	void aVenueCannotJoinAnotherOrganisationsProgramme() throws Exception {
		TestOrganisation lulea = this.testOrganisations.create("Luleå");
		Programme theirs = programme(lulea, "Luleås program");

		send(this.coordinator, "en", LIBRARY.formatted("Stadsbiblioteket", "\"" + theirs.id() + "\""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("programmes"))
			.andExpect(jsonPath("$.errors[0].rule").value("ProgrammeUnknown"));
	}

	@Test
	void anotherOrganisationsVenueIsNotFound() throws Exception {
		Venue theirs = place(this.skelleftea, "Skellefteås hemliga lokal", VenueKind.COMMUNITY_CENTRE, "Kåge",
				"Skellefteå", this.autumn);
		TestOrganisation lulea = this.testOrganisations.create("Luleå");
		String luleaCoordinator = lulea.bearer(Role.COORDINATOR);

		this.mvc.perform(get("/api/v1/venues/" + theirs.id()).header("Authorization", luleaCoordinator))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(content().string(not(containsString("hemliga"))));
		this.mvc
			.perform(put("/api/v1/venues/" + theirs.id()).header("Authorization", luleaCoordinator)
				.contentType(MediaType.APPLICATION_JSON)
				.content(LIBRARY.formatted("Kapad", "").replace("{\"name\"", "{\"version\":0,\"name\"")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/venues").header("Authorization", luleaCoordinator))
			.andExpect(jsonPath("$.totalItems").value(0));
		this.mvc
			.perform(get("/api/v1/venues").param("programme", this.autumn.id().toString())
				.header("Authorization", luleaCoordinator))
			.andExpect(jsonPath("$.totalItems").value(0));
		this.mvc.perform(get("/api/v1/venues/" + UUID.randomUUID()).header("Authorization", this.coordinator))
			.andExpect(status().isNotFound());
		assertThat(in(this.skelleftea, () -> this.venues.get(theirs.id()))).isEqualTo(theirs);
	}

}

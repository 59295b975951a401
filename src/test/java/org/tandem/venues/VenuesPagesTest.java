package org.tandem.venues;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tandem.organisations.TestOrganisation;
import org.tandem.organisations.TestOrganisations;
import org.tandem.programmes.Programme;
import org.tandem.programmes.ProgrammeDetails;
import org.tandem.programmes.Programmes;
import org.tandem.programmes.Term;
import org.tandem.system.Role;
import org.tandem.system.Tenancy;
import org.tandem.system.TimeWindow;
import org.tandem.system.WeeklyTimes;
import org.tandem.testing.TandemTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The venue pages: a form that works without JavaScript (room rows and a row per
 * weekday), messages next to the fields, edits that keep rooms, stale edits, the list's
 * search and filters, and who may see and change what.
 */
@TandemTest
class VenuesPagesTest {

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

	TestOrganisation norsjo;

	RequestPostProcessor coordinator;

	Programme autumn;

	@BeforeEach
	void anOrganisationWithAProgramme() {
		this.norsjo = this.testOrganisations.create("Norsjö");
		this.coordinator = user(this.norsjo.principal(Role.COORDINATOR));
		this.autumn = in(() -> this.programmes.create(new ProgrammeDetails("Hösten 2026", null,
				new Term(LocalDate.parse("2026-08-20"), LocalDate.parse("2026-12-18")), 60)));
	}

	<T> T in(Supplier<T> work) {
		return this.tenancy.callAs(this.norsjo.organisation().id(), work);
	}

	Venue place(String name, VenueKind kind, String city, String municipality, Programme... programmes) {
		return in(() -> this.venues
			.create(new VenueDetails(name, kind, new Address("Storgatan 1", "93530", city, municipality), null, null,
					List.of(new RoomDetails(null, "Salen", 20)),
					WeeklyTimes.of(new TimeWindow(DayOfWeek.TUESDAY, LocalTime.of(13, 0), LocalTime.of(16, 0))),
					Set.of(AccessibilityFeature.LIFT), null, null,
					Arrays.stream(programmes).map(Programme::id).collect(Collectors.toSet()))));
	}

	/**
	 * A complete form post, as the browser sends it: every row, most of them empty. The
	 * overrides are pairs of field name and value; a multi-valued field takes values
	 * separated by commas.
	 */
	static MockHttpServletRequestBuilder library(MockHttpServletRequestBuilder request, String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", "Norsjö bibliotek");
		fields.put("kind", "LIBRARY");
		fields.put("street", "Storgatan 10");
		fields.put("postcode", "935 31");
		fields.put("city", "Norsjö");
		fields.put("municipality", "Norsjö");
		fields.put("meetingLink", "");
		fields.put("latitude", "64,9115");
		fields.put("longitude", "19.4829");
		fields.put("rooms[0].id", "");
		fields.put("rooms[0].name", "Studierummet");
		fields.put("rooms[0].capacity", "8");
		fields.put("rooms[1].id", "");
		fields.put("rooms[1].name", "");
		fields.put("rooms[1].capacity", "");
		DayOfWeek[] days = DayOfWeek.values();
		for (int i = 0; i < days.length; i++) {
			fields.put("openingHours[" + i + "].day", days[i].name());
			fields.put("openingHours[" + i + "].opens", (i == 0) ? "10:00" : "");
			fields.put("openingHours[" + i + "].closes", (i == 0) ? "19:00" : "");
		}
		fields.put("features", "LIFT,QUIET_ROOM");
		fields.put("_features", "on");
		fields.put("phone", "0918-141 00");
		fields.put("email", "");
		fields.put("_programmes", "on");
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		fields.forEach((field, value) -> {
			if (field.equals("features") || field.equals("programmes")) {
				request.param(field, value.isEmpty() ? new String[0] : value.split(","));
			}
			else {
				request.param(field, value);
			}
		});
		return request;
	}

	@Test
	void theNewVenueFormHasRoomRowsAndARowForEachWeekday() throws Exception {
		this.mvc.perform(get("/venues/new").with(this.coordinator).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("for=\"rooms2.name\"")))
			.andExpect(content().string(containsString("id=\"rooms2.name\"")))
			.andExpect(content().string(containsString("name=\"openingHours[6].day\" value=\"SUNDAY\"")))
			.andExpect(content().string(containsString("type=\"time\"")))
			.andExpect(content().string(containsString("Hösten 2026")));
	}

	@Test
	void createsAVenueThroughTheFormAndShowsIt() throws Exception {
		String location = this.mvc
			.perform(library(post("/venues"), "programmes", this.autumn.id().toString()).with(this.coordinator)
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/venues/*"))
			.andExpect(flash().attribute("saved", true))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		this.mvc.perform(get(location).with(this.coordinator))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Norsjö bibliotek")))
			.andExpect(content().string(containsString("935 31 Norsjö")))
			.andExpect(content().string(containsString("Studierummet")))
			.andExpect(content().string(containsString("10:00 till 19:00")))
			.andExpect(content().string(containsString("Tyst rum")))
			.andExpect(content().string(containsString("href=\"tel:0918-14100\"")))
			.andExpect(content().string(containsString("Hösten 2026")));
		Venue saved = in(() -> this.venues.findByName("Norsjö bibliotek")).orElseThrow();
		assertThat(saved.coordinates()).isEqualTo(new Coordinates(64.9115, 19.4829));
		assertThat(saved.rooms()).extracting(Room::name).containsExactly("Studierummet");
		assertThat(saved.programmes()).containsExactly(this.autumn.id());
	}

	@Test
	void showsEveryProblemNextToItsFieldAndSavesNothing() throws Exception {
		this.mvc
			.perform(library(post("/venues"), "name", "", "kind", "", "rooms[0].capacity", "", "rooms[1].capacity", "5",
					"openingHours[0].closes", "09:00", "openingHours[1].opens", "12:00", "latitude", "north", "email",
					"inte en adress")
				.with(this.coordinator)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("venues/form"))
			.andExpect(model().attributeHasFieldErrors("form", "name", "kind", "rooms[0].capacity", "rooms[1].name",
					"openingHours[0].closes", "openingHours[1].closes", "latitude", "email"))
			.andExpect(model().attributeHasFieldErrorCode("form", "openingHours[0].closes", "ClosesAfterOpens"))
			.andExpect(content().string(containsString("id=\"rooms0.capacity-error\"")))
			.andExpect(content().string(containsString("aria-describedby=\"rooms0.capacity-error\"")))
			.andExpect(content().string(containsString("Stängningstiden måste vara senare än öppningstiden.")))
			.andExpect(content().string(containsString("Värdet har fel format.")));
		assertThat(in(() -> this.venues.page(VenueQuery.all(10))).totalItems()).isZero();
	}

	@Test
	void aRuleOfVenuesIsShownNextToItsField() throws Exception {
		this.mvc.perform(library(post("/venues"), "postcode", "9353").with(this.coordinator).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "postcode", "venues.postcodeInvalid"))
			.andExpect(content().string(containsString("id=\"postcode-error\"")))
			.andExpect(content().string(containsString("Skriv postnumret med fem siffror")));
		this.mvc
			.perform(library(post("/venues"), "kind", "ONLINE", "meetingLink", "https://meet.example.se/norsjo")
				.with(this.coordinator)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "street", "venues.onlineVenueHasNoAddress"));
		this.mvc
			.perform(library(post("/venues"), "rooms[0].name", "", "rooms[0].capacity", "").with(this.coordinator)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "rooms", "venues.roomRequired"))
			.andExpect(content().string(containsString("Lägg till minst ett rum")));
	}

	@Test
	void editsAVenueKeepingItsRoomsAndRefusesAStaleEdit() throws Exception {
		Venue venue = place("Solgården", VenueKind.CARE_HOME, "Bastuträsk", "Norsjö");
		RoomId salen = venue.rooms().get(0).id();

		this.mvc.perform(get("/venues/" + venue.id() + "/edit").with(this.coordinator))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"version\" value=\"0\"")))
			.andExpect(content().string(containsString("name=\"rooms[0].id\" value=\"" + salen + "\"")))
			.andExpect(content().string(containsString("name=\"openingHours[1].opens\" value=\"13:00\"")));
		this.mvc
			.perform(library(post("/venues/" + venue.id()), "version", "0", "name", "Solgarden care home", "kind",
					"CARE_HOME", "rooms[0].id", salen.toString(), "rooms[0].name", "Salen", "rooms[0].capacity", "30")
				.with(this.coordinator)
				.with(csrf()))
			.andExpect(redirectedUrl("/venues/" + venue.id()));
		this.mvc
			.perform(
					library(post("/venues/" + venue.id()), "version", "0", "name", "An old copy").with(this.coordinator)
						.with(csrf()))
			.andExpect(redirectedUrl("/venues/" + venue.id() + "/edit"))
			.andExpect(flash().attribute("stale", true));

		this.mvc.perform(get("/venues/" + venue.id() + "/edit").with(this.coordinator).flashAttr("stale", true))
			.andExpect(content().string(containsString("Någon annan ändrade platsen")))
			.andExpect(content().string(containsString("value=\"Solgarden care home\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
		Venue saved = in(() -> this.venues.get(venue.id()));
		assertThat(saved.rooms()).containsExactly(new Room(salen, "Salen", 30));
		assertThat(saved.kind()).isEqualTo(VenueKind.CARE_HOME);
	}

	@Test
	void searchesAndFiltersTheList() throws Exception {
		place("Norsjö bibliotek", VenueKind.LIBRARY, "Norsjö", "Norsjö", this.autumn);
		place("Bastuträsk skola", VenueKind.SCHOOL, "Bastuträsk", "Norsjö", this.autumn);
		place("Solgården", VenueKind.CARE_HOME, "Bastuträsk", "Norsjö");
		place("Malå bibliotek", VenueKind.LIBRARY, "Malå", "Malå");
		RequestPostProcessor staff = user(this.norsjo.principal(Role.VENUE_STAFF));

		this.mvc.perform(get("/venues").param("search", "bastuträsk").with(staff))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bastuträsk skola")))
			.andExpect(content().string(containsString("Solgården")))
			.andExpect(content().string(not(containsString("Norsjö bibliotek"))));
		this.mvc
			.perform(
					get("/venues").param("programme", this.autumn.id().toString()).param("kind", "LIBRARY").with(staff))
			.andExpect(content().string(containsString("Norsjö bibliotek")))
			.andExpect(content().string(not(containsString("Bastuträsk skola"))))
			.andExpect(content().string(not(containsString("Malå bibliotek"))));
		this.mvc.perform(get("/venues").param("municipality", "Malå").with(staff))
			.andExpect(content().string(containsString("Malå bibliotek")))
			.andExpect(content().string(containsString("<option value=\"Malå\" selected=\"selected\">")))
			.andExpect(content().string(not(containsString("Solgården"))));
		this.mvc.perform(get("/venues").param("kind", "").param("programme", "").with(staff))
			.andExpect(content().string(containsString("4 platser")));
	}

	@Test
	void venueStaffReadVenuesButOnlyAdminsAndCoordinatorsChangeThem() throws Exception {
		Venue venue = place("Solgården", VenueKind.CARE_HOME, "Bastuträsk", "Norsjö");
		for (Role role : new Role[] { Role.VENUE_STAFF, Role.MENTOR }) {
			RequestPostProcessor reader = user(this.norsjo.principal(role));
			this.mvc.perform(get("/venues").with(reader))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("href=\"/venues/new\""))));
			this.mvc.perform(get("/venues/" + venue.id()).with(reader))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("/edit\""))));
			this.mvc.perform(get("/venues/new").with(reader)).andExpect(status().isForbidden());
			this.mvc.perform(get("/venues/" + venue.id() + "/edit").with(reader)).andExpect(status().isForbidden());
			this.mvc.perform(library(post("/venues")).with(reader).with(csrf())).andExpect(status().isForbidden());
		}
		for (Role role : new Role[] { Role.ANALYST, Role.SENIOR }) {
			this.mvc.perform(get("/venues").with(user(this.norsjo.principal(role)))).andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/venues/" + venue.id()).with(user(this.norsjo.principal(Role.ADMIN))))
			.andExpect(content().string(containsString("href=\"/venues/" + venue.id() + "/edit\"")));
	}

	@Test
	void anotherOrganisationsVenueIsNotFoundInThePages() throws Exception {
		Venue theirs = place("Norsjös hemliga lokal", VenueKind.COMMUNITY_CENTRE, "Norsjö", "Norsjö", this.autumn);
		TestOrganisation mala = this.testOrganisations.create("Malå");
		RequestPostProcessor stranger = user(mala.principal(Role.COORDINATOR));

		for (String page : List.of("/venues/" + theirs.id(), "/venues/" + theirs.id() + "/edit")) {
			this.mvc.perform(get(page).with(stranger))
				.andExpect(status().isNotFound())
				.andExpect(content().string(not(containsString("hemliga"))));
		}
		this.mvc.perform(library(post("/venues/" + theirs.id()), "version", "0").with(stranger).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/venues").with(stranger))
			.andExpect(content().string(not(containsString("hemliga"))))
			.andExpect(content().string(not(containsString("Hösten 2026"))));
		assertThat(in(() -> this.venues.get(theirs.id()))).isEqualTo(theirs);
	}

}

package org.tandem.sessions;

import java.time.Instant;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tandem.matching.PairId;
import org.tandem.matching.Pairs;
import org.tandem.organisations.Organisations;
import org.tandem.organisations.TestOrganisation;
import org.tandem.organisations.TestOrganisations;
import org.tandem.people.People;
import org.tandem.people.PersonId;
import org.tandem.programmes.Programmes;
import org.tandem.system.Role;
import org.tandem.testing.MutableClock;
import org.tandem.testing.TandemTest;
import org.tandem.venues.Venues;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sessions and workshops through the JSON API: planned, listed, moved and cancelled by
 * admins and coordinators, read by venue staff, refused to everyone else, never seen
 * across organisations, and bad input answered with the field and the rule.
 */
@TandemTest
class SessionsApiTest {

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
	MutableClock clock;

	Instant clockBefore;

	PlannableProgramme programme;

	TestOrganisation other;

	PersonId ali;

	PersonId astrid;

	PairId pair;

	@BeforeEach
	void aPair() {
		this.clockBefore = this.clock.set(PlannableProgramme.NOW);
		this.programme = PlannableProgramme.in(this.testOrganisations.create("Skellefteå"), this.organisations,
				this.programmes, this.venues, this.people, this.pairs);
		this.other = this.testOrganisations.create("Piteå");
		this.ali = this.programme.mentor("Ali", "Lindqvist");
		this.astrid = this.programme.senior("Astrid", "Berg");
		this.pair = this.programme.pair(this.astrid, this.ali);
	}

	@AfterEach
	void setTheClockBack() {
		this.clock.set(this.clockBefore);
	}

	String token(Role role) {
		return this.programme.organisation.bearer(role);
	}

	ResultActions call(MockHttpServletRequestBuilder request, Role role) throws Exception {
		return call(request, this.programme.organisation.bearer(role));
	}

	ResultActions call(MockHttpServletRequestBuilder request, String bearer) throws Exception {
		return this.mvc.perform(request.header("Authorization", bearer).header("Accept-Language", "sv"));
	}

	String planBody(String title, String day, String start, String end, String extra) {
		return """
				{"pairId":"%s","title":"%s","where":{"place":"VENUE","venueId":"%s","roomId":"%s"},
				 "when":{"day":"%s","start":"%s","end":"%s"%s}}
				""".formatted(this.pair, title, this.programme.library.id(), this.programme.studyRoom().id(), day,
				start, end, extra);
	}

	ResultActions plan(String body, Role role) throws Exception {
		return call(post("/api/v1/sessions").contentType(MediaType.APPLICATION_JSON).content(body), role);
	}

	String planned(String body) throws Exception {
		return plan(body, Role.COORDINATOR).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void aCoordinatorPlansAWeeklySeriesAndReadsItBack() throws Exception {
		String json = planned(planBody("Hjälp med BankID", "2026-12-01", "14:00", "15:00",
				",\"everyWeeks\":1,\"count\":3,\"skipped\":[\"2026-12-08\"]"));
		String id = JsonPath.read(json, "$.id");

		call(get("/api/v1/sessions/" + id), Role.COORDINATOR).andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("ONE_TO_ONE"))
			.andExpect(jsonPath("$.title").value("Hjälp med BankID"))
			.andExpect(jsonPath("$.mentorIds[0]").value(this.ali.toString()))
			.andExpect(jsonPath("$.seniorIds[0]").value(this.astrid.toString()))
			.andExpect(jsonPath("$.occurrences", hasSize(3)))
			.andExpect(jsonPath("$.occurrences[0].start").value("2026-12-01T13:00:00Z"))
			.andExpect(jsonPath("$.occurrences[0].localStart").value("14:00:00"))
			.andExpect(jsonPath("$.occurrences[1].status").value("SKIPPED"));
	}

	@Test
	void aClashIsRefusedWithTheClashNamedInTheCallersLanguage() throws Exception {
		planned(planBody("Hjälp med BankID", "2026-12-01", "14:00", "15:00", ""));

		plan(planBody("Swish", "2026-12-01", "14:30", "15:30", ""), Role.COORDINATOR)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("start"))
			.andExpect(jsonPath("$.errors[0].rule").value("MentorBusy"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("Ali Lindqvist har redan \"Hjälp med BankID\" tisdag 1 december 14:00–15:00."));
	}

	@Test
	void badInputNamesTheFieldAndTheRule() throws Exception {
		plan("""
				{"title":"Utan par","where":{"place":"VENUE"},"when":{"day":"2026-12-01","start":"14:00","end":"15:00"}}
				""", Role.COORDINATOR).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("pairId"))
			.andExpect(jsonPath("$.errors[0].rule").value("NotNull"));
		plan("""
				{"pairId":"%s","where":{"place":"ONLINE","meetingLink":"http://meet.example.se"},
				 "when":{"day":"2026-12-01","start":"14:00","end":"15:00"}}
				""".formatted(this.pair), Role.COORDINATOR).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("meetingLink"))
			.andExpect(jsonPath("$.errors[0].rule").value("MeetingLinkHttps"));
		plan(planBody("Baklänges", "2026-12-01", "15:00", "14:00", ""), Role.COORDINATOR)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("end"));
		plan(planBody("Datum", "1 december", "14:00", "15:00", ""), Role.COORDINATOR).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("when.day"));
	}

	@Test
	void occurrencesAreListedByProgrammeAndPersonAndPaged() throws Exception {
		planned(planBody("Swish", "2026-12-01", "14:00", "15:00", ",\"everyWeeks\":1,\"count\":4"));
		String base = "/api/v1/sessions?from=2026-12-01&to=2026-12-31&size=3&programmeId=" + this.programme.programme;

		call(get(base), Role.COORDINATOR).andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(3)))
			.andExpect(jsonPath("$.totalItems").value(4))
			.andExpect(jsonPath("$.totalPages").value(2));
		call(get(base + "&page=1"), Role.VENUE_STAFF).andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.items[0].day").value("2026-12-22"));
		call(get("/api/v1/sessions?from=2026-12-01&to=2026-12-31&personId=" + this.ali), Role.ADMIN)
			.andExpect(jsonPath("$.totalItems").value(4));
		call(get("/api/v1/sessions?from=2026-12-01&to=2026-12-31&programmeId=" + this.programme.programme),
				this.other.bearer(Role.COORDINATOR))
			.andExpect(jsonPath("$.totalItems").value(0));
		call(get("/api/v1/sessions?size=0"), Role.COORDINATOR).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("size"));
	}

	@Test
	void anOccurrenceIsMovedAndThenTheRestOfTheSeriesCancelled() throws Exception {
		String json = planned(planBody("Swish", "2026-12-01", "14:00", "15:00", ",\"everyWeeks\":1,\"count\":3"));
		String id = JsonPath.read(json, "$.id");
		String second = JsonPath.read(json, "$.occurrences[1].id");

		call(post("/api/v1/sessions/" + id + "/occurrences/" + second + "/reschedule")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"day":"2026-12-09","start":"10:00","end":"11:00"}
					"""), Role.COORDINATOR).andExpect(status().isOk())
			.andExpect(jsonPath("$[0].originalStart").value("2026-12-08T13:00:00Z"))
			.andExpect(jsonPath("$[0].start").value("2026-12-09T09:00:00Z"))
			.andExpect(jsonPath("$[0].sequence").value(1));
		call(post("/api/v1/sessions/" + id + "/occurrences/" + second + "/cancel")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"reason":"Jullov","scope":"THIS_AND_FOLLOWING"}
					"""), Role.COORDINATOR).andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[1].status").value("CANCELLED"))
			.andExpect(jsonPath("$[1].reason").value("Jullov"));
		call(post("/api/v1/sessions/" + UUID.randomUUID() + "/occurrences/" + second + "/cancel"), Role.COORDINATOR)
			.andExpect(status().isNotFound());
	}

	@Test
	void theNextTimesThatFitAPair() throws Exception {
		call(get("/api/v1/pairs/" + this.pair + "/next-times?from=2026-11-30&count=2"), Role.COORDINATOR)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[0].day").value("2026-12-01"))
			.andExpect(jsonPath("$[0].start").value("13:00:00"))
			.andExpect(jsonPath("$[0].roomName").value("Studierummet"));
		call(get("/api/v1/pairs/" + this.pair + "/next-times?count=21"), Role.COORDINATOR)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("count"));
	}

	@Test
	void aWorkshopFillsItsSeatsThenItsWaitingList() throws Exception {
		PersonId bengt = this.programme.senior("Bengt", "Ek");
		PersonId eva = this.programme.mentor("Eva", "Holm");
		String json = call(post("/api/v1/workshops").contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"programmeId":"%s","title":"Akta dig för bedragare","mentorIds":["%s"],"capacity":1,
					 "where":{"place":"VENUE","venueId":"%s","roomId":"%s"},
					 "when":{"day":"2026-12-02","start":"10:00","end":"12:00"}}
					""".formatted(this.programme.programme, eva, this.programme.library.id(),
					this.programme.largeRoom().id())),
				Role.COORDINATOR)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("WORKSHOP"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(json, "$.id");
		String participants = "/api/v1/workshops/" + id + "/participants";

		call(post(participants).contentType(MediaType.APPLICATION_JSON)
			.content("{\"seniorId\":\"" + this.astrid + "\"}"), Role.COORDINATOR)
			.andExpect(jsonPath("$.status").value("BOOKED"));
		call(post(participants).contentType(MediaType.APPLICATION_JSON).content("{\"seniorId\":\"" + bengt + "\"}"),
				Role.VENUE_STAFF)
			.andExpect(jsonPath("$.status").value("WAITING"));
		call(get(participants), Role.VENUE_STAFF)
			.andExpect(jsonPath("$.booked[0].personId").value(this.astrid.toString()))
			.andExpect(jsonPath("$.waitingList[0].personId").value(bengt.toString()))
			.andExpect(jsonPath("$.mentors[0].personId").value(eva.toString()));
		call(delete(participants + "/" + this.astrid), Role.COORDINATOR).andExpect(status().isOk())
			.andExpect(jsonPath("$.movedUp").value(bengt.toString()));
		call(get(participants), this.other.bearer(Role.COORDINATOR)).andExpect(status().isNotFound());
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "MENTOR", "SENIOR", "ANALYST" })
	void onlyStaffSeeSessions(Role role) throws Exception {
		String json = planned(planBody("Swish", "2026-12-01", "14:00", "15:00", ""));
		String id = JsonPath.read(json, "$.id");
		String occurrence = JsonPath.read(json, "$.occurrences[0].id");

		call(get("/api/v1/sessions/" + id), role).andExpect(status().isForbidden());
		call(get("/api/v1/sessions"), role).andExpect(status().isForbidden());
		call(get("/api/v1/workshops/" + id + "/participants"), role).andExpect(status().isForbidden());
		call(get("/api/v1/workshops/" + id), role).andExpect(status().isForbidden());
		assertOnlyPlannersChange(role, id, occurrence);
	}

	@Test
	void venueStaffSeeButDoNotChange() throws Exception {
		String json = planned(planBody("Swish", "2026-12-01", "14:00", "15:00", ""));
		String id = JsonPath.read(json, "$.id");
		String occurrence = JsonPath.read(json, "$.occurrences[0].id");

		call(get("/api/v1/sessions/" + id), Role.VENUE_STAFF).andExpect(status().isOk());
		assertOnlyPlannersChange(Role.VENUE_STAFF, id, occurrence);
	}

	void assertOnlyPlannersChange(Role role, String id, String occurrence) throws Exception {
		plan(planBody("Swish", "2026-12-08", "14:00", "15:00", ""), role).andExpect(status().isForbidden());
		call(post("/api/v1/sessions/" + id + "/occurrences/" + occurrence + "/cancel"), role)
			.andExpect(status().isForbidden());
		call(post("/api/v1/sessions/" + id + "/occurrences/" + occurrence + "/reschedule")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"day\":\"2026-12-09\",\"start\":\"10:00\",\"end\":\"11:00\"}"), role)
			.andExpect(status().isForbidden());
		call(get("/api/v1/pairs/" + this.pair + "/next-times"), role).andExpect(status().isForbidden());
		call(post("/api/v1/workshops").contentType(MediaType.APPLICATION_JSON).content("""
				{"programmeId":"%s","title":"Workshop","mentorIds":["%s"],"capacity":1,
				 "where":{"place":"ONLINE","meetingLink":"https://meet.example.se/w"},
				 "when":{"day":"2026-12-02","start":"10:00","end":"12:00"}}
				""".formatted(this.programme.programme, this.ali)), role).andExpect(status().isForbidden());
		if (role != Role.VENUE_STAFF) {
			call(post("/api/v1/workshops/" + id + "/participants").contentType(MediaType.APPLICATION_JSON)
				.content("{\"seniorId\":\"" + this.astrid + "\"}"), role).andExpect(status().isForbidden());
			call(delete("/api/v1/workshops/" + id + "/participants/" + this.astrid), role)
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void anotherOrganisationFindsNothing() throws Exception {
		String json = planned(planBody("Swish", "2026-12-01", "14:00", "15:00", ""));
		String id = JsonPath.read(json, "$.id");
		String occurrence = JsonPath.read(json, "$.occurrences[0].id");
		String outsider = this.other.bearer(Role.COORDINATOR);

		call(get("/api/v1/sessions/" + id), outsider).andExpect(status().isNotFound());
		call(post("/api/v1/sessions/" + id + "/occurrences/" + occurrence + "/cancel"), outsider)
			.andExpect(status().isNotFound());
		call(post("/api/v1/sessions/" + id + "/occurrences/" + occurrence + "/reschedule")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"day\":\"2026-12-09\",\"start\":\"10:00\",\"end\":\"11:00\"}"), outsider)
			.andExpect(status().isNotFound());
		call(get("/api/v1/pairs/" + this.pair + "/next-times"), outsider).andExpect(status().isNotFound());
		call(post("/api/v1/sessions").contentType(MediaType.APPLICATION_JSON)
			.content(planBody("Swish", "2026-12-08", "14:00", "15:00", "")), outsider).andExpect(status().isNotFound());
		call(post("/api/v1/workshops/" + id + "/participants").contentType(MediaType.APPLICATION_JSON)
			.content("{\"seniorId\":\"" + this.astrid + "\"}"), outsider).andExpect(status().isNotFound());
		call(get("/api/v1/sessions/" + id), Role.COORDINATOR)
			.andExpect(jsonPath("$.occurrences[0].status").value("PLANNED"));
	}

}

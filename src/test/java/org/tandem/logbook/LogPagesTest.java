package org.tandem.logbook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tandem.curriculum.Curriculum;
import org.tandem.matching.Pairs;
import org.tandem.organisations.Organisations;
import org.tandem.organisations.Users;
import org.tandem.organisations.TestOrganisation;
import org.tandem.organisations.TestOrganisations;
import org.tandem.people.People;
import org.tandem.programmes.Programmes;
import org.tandem.sessions.Sessions;
import org.tandem.system.Role;
import org.tandem.testing.MutableClock;
import org.tandem.testing.TandemTest;
import org.tandem.venues.Venues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The log page: a session logged from the pre-filled form, each refusal shown next to its
 * field in Swedish and English with what was typed kept, a correction with its history, a
 * stale correction refused with a link to reload, who may log, organisations kept apart,
 * the coordinator's follow-ups, and the sessions pages linking to the log.
 */
@TandemTest
class LogPagesTest {

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
	Sessions sessions;

	@Autowired
	Curriculum curriculum;

	@Autowired
	Logbook logbook;

	@Autowired
	Users users;

	@Autowired
	MutableClock clock;

	LoggableSession session;

	RequestPostProcessor coordinator;

	String page;

	@BeforeEach
	void aSessionThatTookPlace() {
		this.session = LoggableSession.in(this.testOrganisations.create("Boden"), this.organisations, this.programmes,
				this.venues, this.people, this.pairs, this.sessions, this.curriculum, this.clock);
		this.session.staffTheLibrary(this.users);
		this.coordinator = as(Role.COORDINATOR);
		this.page = "/sessions/occurrences/" + this.session.held + "/log";
	}

	RequestPostProcessor as(Role role) {
		return user(this.session.programme.organisation.principal(role));
	}

	Document read(MockHttpServletRequestBuilder request, RequestPostProcessor who, String language, int status)
			throws Exception {
		String html = this.mvc.perform(request.with(who).cookie(new Cookie("tandem-language", language)))
			.andExpect(status().is(status))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

	/**
	 * A good log: both present, 55 minutes, one step with help, a happy face, attested.
	 */
	MockHttpServletRequestBuilder goodLog() {
		return with();
	}

	/** Swedish numbers are grouped with a no-break space: "1 000". */
	static String spaced(String text) {
		return text.replace('\u00a0', ' ').replace('\u202f', ' ');
	}

	SessionLog current() {
		return this.session.programme.as(() -> this.logbook.log(this.session.held));
	}

	@Test
	void theFormStartsWithEveryonePresentThePlannedMinutesAndTheWantedTopicFirst() throws Exception {
		Document form = read(get(this.page), this.coordinator, "sv", 200);

		assertThat(form.select("h1").text()).isEqualTo("Logga: Swish");
		assertThat(form.select("input[name=attendance." + this.session.mentor + "][checked]").val())
			.isEqualTo("PRESENT");
		assertThat(form.select("input[name=attendance." + this.session.senior + "][checked]").val())
			.isEqualTo("PRESENT");
		assertThat(form.select("#minutes").val()).isEqualTo("60");
		assertThat(form.select("details.topic").first().text()).startsWith("Känna igen bedrägerier")
			.contains("(önskat)");
		assertThat(form.select("details.topic").first().hasAttr("open")).isTrue();
		assertThat(form.select("details.topic").get(1).hasAttr("open")).isFalse();
		assertThat(form.select("fieldset.faces label span:not([aria-hidden])").eachText())
			.contains("1 – mycket missnöjd", "5 – mycket nöjd");
		assertThat(form.select("label[for=attested]").text())
			.isEqualTo("Jag har inte hanterat någons BankID, pinkod eller lösenord.");
		assertThat(form.select("#scamSeen-hint").text()).contains("Samordnaren får veta");
		assertThat(form.select("fieldset.levels").first().select("legend").text())
			.isEqualTo(this.session.wantedStep.title().sv());
	}

	@Test
	void aCoordinatorLogsTheSessionAndIsShownItWasSavedWithTheWayBack() throws Exception {
		this.mvc.perform(goodLog().with(this.coordinator))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(this.page + "/saved"));

		Document saved = read(get(this.page + "/saved"), this.coordinator, "sv", 200);
		assertThat(saved.select("h1").text()).isEqualTo("Träffen är loggad");
		assertThat(saved.select("main").text()).contains("version 1 av loggen är sparad",
				"2 av 2 kom, 55 minuter, ett lärandesteg");
		assertThat(saved.select("a.button").attr("href")).isEqualTo("/sessions/" + this.session.session.id());
		SessionLog log = current();
		assertThat(log.report().minutes()).isEqualTo(55);
		assertThat(log.report().steps()).containsExactly(
				new StepReached(this.session.senior, this.session.wantedStep.id(), LearningLevel.WITH_HELP));
		assertThat(log.report().feedback()).containsExactly(Map.entry(this.session.senior, 4));
		assertThat(log.report().attested()).isTrue();
		assertThat(log.current().onBehalf()).isTrue();
		assertThat(log.current().loggedBy())
			.isEqualTo(this.session.programme.organisation.user(Role.COORDINATOR).id().value());
	}

	static List<Object[]> refusals() {
		return List.of(
				new Object[] { "minutes", "abc", "#minutes-error", "Skriv minuterna som ett heltal, till exempel 60.",
						"Write the minutes as a whole number, for example 60." },
				new Object[] { "minutes", "601", "#minutes-error", "Längden är mellan 0 och 600 minuter.",
						"The duration is between 0 and 600 minutes." },
				new Object[] { "minutes", "0", "#minutes-error", "Ange hur många minuter träffen varade när någon kom.",
						"Say how many minutes the session lasted when someone came." },
				new Object[] { "senior", "ABSENT", "#steps-error", "Lärandesteg anges bara för seniorer som kom.",
						"Learning steps are reported only for seniors who came." },
				new Object[] { "mentor", "", "#attendance-error", "Ange för alla bokade om de kom.",
						"Say for everyone booked whether they came." },
				new Object[] { "note", "x".repeat(1001), "#note-error", "Anteckningen är högst 1000 tecken.",
						"The note is at most 1000 characters." });
	}

	@ParameterizedTest(name = "{0}={1} in {2}")
	@MethodSource("refusals")
	void aRefusedLogShowsTheMessageNextToItsFieldInSwedishAndEnglishAndKeepsWhatWasTyped(String field, String value,
			String error, String swedish, String english) throws Exception {
		for (String language : List.of("sv", "en")) {
			MockHttpServletRequestBuilder log = switch (field) {
				case "senior" -> with("attendance." + this.session.senior, value);
				case "mentor" -> with("attendance." + this.session.mentor, value);
				default -> with(field, value);
			};
			Document refused = read(log, this.coordinator, language, 200);

			String message = language.equals("sv") ? swedish : english;
			assertThat(spaced(refused.select(error).text())).isEqualTo(message);
			assertThat(spaced(refused.select("#error-summary a").text())).isEqualTo(message);
			assertThat(refused.select("#error-summary a").attr("href")).startsWith("#");
			assertThat(refused.select("#note").text())
				.isEqualTo(field.equals("note") ? value : "Astrid känner igen falska sms nu.");
			assertThat(refused
				.select("input[name=level." + this.session.senior + "." + this.session.wantedStep.id() + "][checked]")
				.val()).isEqualTo("WITH_HELP");
			assertThat(refused.select("input[name=feedback." + this.session.senior + "][checked]").val())
				.isEqualTo("4");
			if (field.equals("minutes")) {
				assertThat(refused.select("#minutes").val()).isEqualTo(value);
				assertThat(refused.select("#minutes").attr("aria-invalid")).isEqualTo("true");
			}
		}
		assertThat(this.session.programme.as(() -> this.logbook.find(this.session.held))).isEmpty();
	}

	/**
	 * The good log with some fields changed: name, value, name, value, …; an empty value
	 * leaves the field out.
	 */
	MockHttpServletRequestBuilder with(String... changes) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("revision", "0");
		fields.put("attendance." + this.session.mentor, "PRESENT");
		fields.put("attendance." + this.session.senior, "PRESENT");
		fields.put("minutes", "55");
		fields.put(level(), "WITH_HELP");
		fields.put("feedback." + this.session.senior, "4");
		fields.put("note", "Astrid känner igen falska sms nu.");
		fields.put("attested", "true");
		for (int i = 0; i < changes.length; i += 2) {
			fields.put(changes[i], changes[i + 1]);
		}
		MockHttpServletRequestBuilder post = post(this.page).with(csrf());
		fields.forEach((name, value) -> {
			if (!value.isEmpty()) {
				post.param(name, value);
			}
		});
		return post;
	}

	String level() {
		return "level." + this.session.senior + "." + this.session.wantedStep.id();
	}

	@Test
	void aCorrectionShowsTheLogAsItIsAndThenItsHistoryInWords() throws Exception {
		this.mvc.perform(goodLog().with(this.coordinator)).andExpect(status().isFound());

		Document form = read(get(this.page), this.coordinator, "sv", 200);
		assertThat(form.select("h1").text()).isEqualTo("Rätta loggen: Swish");
		assertThat(form.select("input[name=revision]").val()).isEqualTo("1");
		assertThat(form.select("#minutes").val()).isEqualTo("55");
		assertThat(form.select("#attested").hasAttr("checked")).isTrue();
		assertThat(form.select("#reason")).hasSize(1);

		this.mvc
			.perform(with("minutes", "70", "revision", "1", "reason", "Vi höll på längre", level(), "ON_MY_OWN",
					"attendance." + this.session.mentor, "CANCELLED_LATE")
				.with(this.coordinator))
			.andExpect(status().isFound());

		Document corrected = read(get(this.page), this.coordinator, "sv", 200);
		assertThat(corrected.select("#revision-2 h3").text()).startsWith("Version 2,");
		assertThat(corrected.select("#revision-2").text()).contains("Av COORDINATOR of Boden", "(åt mentorn)",
				"Skäl: Vi höll på längre", "Minuter: 55 → 70", "Ali Lindqvist: Närvarande → Sent avbokad",
				"Astrid Berg, " + this.session.wantedStep.title().sv() + ": Med hjälp → På egen hand");
		assertThat(corrected.select("#revision-1").text()).contains("Version 1");
		assertThat(corrected.select("ol.history > li").first().id()).isEqualTo("revision-2");
		assertThat(current().revisions()).hasSize(2);
	}

	@Test
	void aCorrectionOfARevisionSomeoneElseCorrectedIsRefusedWithALinkToReload() throws Exception {
		this.mvc.perform(goodLog().with(this.coordinator)).andExpect(status().isFound());
		this.mvc.perform(with("minutes", "70", "revision", "1").with(this.coordinator)).andExpect(status().isFound());

		Document stale = read(with("minutes", "45", "revision", "1"), as(Role.VENUE_STAFF), "en", 409);

		assertThat(stale.select("#stale").text())
			.contains("Someone logged or corrected this session after you opened it.");
		assertThat(stale.select("#stale a").attr("href")).isEqualTo(this.page);
		assertThat(stale.select("#minutes").val()).isEqualTo("45");
		assertThat(current().report().minutes()).isEqualTo(70);
	}

	@Test
	void coordinatorsAdminsAndVenueStaffLogOthersDoNot() throws Exception {
		for (Role role : List.of(Role.COORDINATOR, Role.ADMIN, Role.VENUE_STAFF)) {
			this.mvc.perform(get(this.page).with(as(role))).andExpect(status().isOk());
		}
		for (Role role : List.of(Role.SENIOR, Role.ANALYST)) {
			this.mvc.perform(get(this.page).with(as(role))).andExpect(status().isForbidden());
			this.mvc.perform(goodLog().with(as(role))).andExpect(status().isForbidden());
			this.mvc.perform(get(this.page + "/saved").with(as(role))).andExpect(status().isForbidden());
		}
		assertThat(this.session.programme.as(() -> this.logbook.find(this.session.held))).isEmpty();
	}

	/**
	 * A mentor logs only sessions they are booked for, and no user account is linked to a
	 * mentor yet: until it is, every mentor is refused. Once the link exists, a linked
	 * test mentor should log here and an unlinked one stay refused.
	 */
	@Test
	void aMentorWhoseAccountIsNotLinkedToTheSessionsMentorIsRefused() throws Exception {
		this.mvc.perform(get(this.page).with(as(Role.MENTOR))).andExpect(status().isForbidden());
		this.mvc.perform(goodLog().with(as(Role.MENTOR))).andExpect(status().isForbidden());
		assertThat(this.session.programme.as(() -> this.logbook.find(this.session.held))).isEmpty();
	}

	@Test
	void anotherOrganisationFindsNeitherTheLogPageNorItsFollowUp() throws Exception {
		this.mvc.perform(with("scamSeen", "true").with(this.coordinator)).andExpect(status().isFound());
		TestOrganisation other = this.testOrganisations.create("Luleå");
		RequestPostProcessor stranger = user(other.principal(Role.COORDINATOR));

		this.mvc.perform(get(this.page).with(stranger)).andExpect(status().isNotFound());
		this.mvc.perform(with("revision", "1").with(stranger)).andExpect(status().isNotFound());
		this.mvc.perform(get(this.page + "/saved").with(stranger)).andExpect(status().isNotFound());
		this.mvc.perform(post("/logbook/follow-up/" + this.session.held + "/done").with(stranger).with(csrf()))
			.andExpect(status().isNotFound());
		Document list = read(get("/logbook/follow-up"), stranger, "en", 200);
		assertThat(list.select("main").text()).contains("No open follow-ups").doesNotContain("Swish");
		assertThat(current().followUpOpen()).isTrue();
		assertThat(current().revisions()).hasSize(1);
	}

	@Test
	void aScamSeenReachesTheCoordinatorWhoMarksItDone() throws Exception {
		this.mvc.perform(with("scamSeen", "true").with(this.coordinator)).andExpect(status().isFound());
		Document saved = read(get(this.page + "/saved"), this.coordinator, "en", 200);
		assertThat(saved.select("main").text()).contains("The coordinator will be told about the possible scam.");

		Document start = read(get("/"), this.coordinator, "sv", 200);
		assertThat(start.select("nav.main-nav").text()).contains("Flaggade loggar (1 öppen)");
		assertThat(start.select("main").text()).contains("En logg behöver följas upp av dig.");
		Document list = read(get("/logbook/follow-up"), this.coordinator, "sv", 200);
		String row = "#follow-up-" + this.session.held;
		assertThat(list.select(row).text()).contains("Swish", "Ali", "Möjligt bedrägeri").doesNotContain("Lindqvist");
		assertThat(list.select(row + " a").attr("href")).isEqualTo(this.page);

		this.mvc.perform(post("/logbook/follow-up/" + this.session.held + "/done").with(this.coordinator).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/logbook/follow-up"));
		Document after = read(get("/logbook/follow-up"), this.coordinator, "sv", 200);
		assertThat(after.select(row)).isEmpty();
		assertThat(after.select("nav.main-nav").text()).contains("Flaggade loggar").doesNotContain("öppen");
		assertThat(current().followUpOpen()).isFalse();
	}

	@Test
	void aMentorWhoseAccountStandsForTheSessionsMentorLogsItThemselves() throws Exception {
		this.session.linkTheMentor(this.users);

		this.mvc.perform(get(this.page).with(as(Role.MENTOR))).andExpect(status().isOk());
		this.mvc.perform(goodLog().with(as(Role.MENTOR))).andExpect(status().isFound());

		assertThat(current().current().onBehalf()).isFalse();
		assertThat(current().current().loggedBy())
			.isEqualTo(this.session.programme.organisation.user(Role.MENTOR).id().value());
	}

	@Test
	void venueStaffWhoDoNotWorkAtTheSessionsVenueDoNotLogIt() throws Exception {
		this.session.programme.as(() -> this.users
			.linkVenues(this.session.programme.organisation.user(Role.VENUE_STAFF).id(), java.util.Set.of()));

		this.mvc.perform(goodLog().with(as(Role.VENUE_STAFF))).andExpect(status().isForbidden());
		assertThat(this.session.programme.as(() -> this.logbook.find(this.session.held))).isEmpty();
	}

	@Test
	void onlyAdminsAndCoordinatorsFollowLogsUp() throws Exception {
		this.mvc.perform(get("/logbook/follow-up").with(as(Role.ADMIN))).andExpect(status().isOk());
		for (Role role : List.of(Role.MENTOR, Role.VENUE_STAFF, Role.SENIOR, Role.ANALYST)) {
			this.mvc.perform(get("/logbook/follow-up").with(as(role))).andExpect(status().isForbidden());
			this.mvc.perform(post("/logbook/follow-up/" + this.session.held + "/done").with(as(role)).with(csrf()))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void theSessionPageOffersToLogAPastMeetingAndShowsTheRevisionOnceLogged() throws Exception {
		String sessionPage = "/sessions/" + this.session.session.id();
		Document before = read(get(sessionPage), this.coordinator, "sv", 200);
		assertThat(before.select("#meeting-0 a[href=" + this.page + "]").text()).isEqualTo("Logga träffen");
		assertThat(before.select("#meeting-2 a[href$=/log]")).isEmpty();

		this.mvc.perform(goodLog().with(this.coordinator)).andExpect(status().isFound());

		Document after = read(get(sessionPage), this.coordinator, "en", 200);
		assertThat(after.select("#meeting-0 a[href=" + this.page + "]").text()).isEqualTo("Logged (rev 1)");
		Document week = read(get("/programmes/" + this.session.programme.programme + "/sessions?week="
				+ LoggableSession.lastTuesday(this.clock)), as(Role.VENUE_STAFF), "en", 200);
		assertThat(week.select("a[href=" + this.page + "]").text()).isEqualTo("\"Swish\" logged (rev 1)");
	}

	@Test
	void aMeetingStillToComeIsNotLoggedYet() throws Exception {
		Document coming = read(get("/sessions/occurrences/" + this.session.coming + "/log"), this.coordinator, "en",
				200);
		assertThat(coming.select("main").text()).contains("A session is logged once it has started.");
		assertThat(coming.select("form#log-form")).isEmpty();
	}

}

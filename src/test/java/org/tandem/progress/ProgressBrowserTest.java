package org.tandem.progress;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.tandem.curriculum.Curriculum;
import org.tandem.curriculum.Step;
import org.tandem.logbook.Attendance;
import org.tandem.logbook.LearningLevel;
import org.tandem.logbook.Logbook;
import org.tandem.logbook.StepReached;
import org.tandem.matching.PairId;
import org.tandem.matching.Pairs;
import org.tandem.organisations.Organisations;
import org.tandem.organisations.TestOrganisation;
import org.tandem.organisations.TestOrganisations;
import org.tandem.people.People;
import org.tandem.people.PersonId;
import org.tandem.programmes.Programmes;
import org.tandem.sessions.PlannableProgramme;
import org.tandem.sessions.Sessions;
import org.tandem.system.Role;
import org.tandem.testing.Browser;
import org.tandem.testing.InBrowser;
import org.tandem.testing.MutableClock;
import org.tandem.testing.TestClock;
import org.tandem.venues.Venues;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator on a 360 px phone opens a senior's learning passport from the senior's
 * page, a mentor's sessions and hours (loaded into the mentor's page by htmx) and a
 * programme's follow-up, in a real headless Chromium, with axe-core checking each page.
 */
@InBrowser
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ TestOrganisations.class, TestClock.class })
class ProgressBrowserTest {

	/** The password {@link TestOrganisations} gives every user. */
	static final String PASSWORD = "correct horse battery staple";

	@LocalServerPort
	int port;

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
	Logbook logbook;

	@Autowired
	Curriculum curriculum;

	@Autowired
	MutableClock clock;

	Browser browser;

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void aCoordinatorReadsAPassportAMentorsHoursAndTheFollowUpOnAPhone() {
		TestOrganisation skelleftea = this.testOrganisations.create("Skellefteå");
		PlannableProgramme programme = PlannableProgramme.in(skelleftea, this.organisations, this.programmes,
				this.venues, this.people, this.pairs, PlannableProgramme.around(this.clock));
		LoggedSessions logged = new LoggedSessions(programme, this.sessions, this.logbook, this.curriculum, this.people,
				this.clock);
		PersonId mentor = programme.mentor("Ali", "Lindqvist");
		PersonId senior = programme.senior("Astrid", "Berg");
		programme.senior("Bertil", "Ek");
		PairId pair = programme.pair(senior, mentor);
		Step send = logged.step("swish", 1);
		logged.wants(senior, send.topicId());
		logged.log(logged.held(pair, logged.tuesday(1), LocalTime.of(14, 0)), 0,
				LoggedSessions.report(Map.of(mentor, Attendance.PRESENT, senior, Attendance.PRESENT), 60, Set.of(),
						List.of(new StepReached(senior, send.id(), LearningLevel.INTRODUCED))));
		logged.log(logged.held(pair, logged.tuesday(0), LocalTime.of(14, 0)), 0,
				LoggedSessions.report(Map.of(mentor, Attendance.PRESENT, senior, Attendance.PRESENT), 60, Set.of(),
						List.of(new StepReached(senior, send.id(), LearningLevel.WITH_HELP))));
		this.browser = Browser.open(360, 740, this.port);
		this.browser.get("/login");
		this.browser.signIn(skelleftea.user(Role.COORDINATOR).username(), PASSWORD);

		this.browser.get("/seniors/" + senior);
		this.browser.clickAndWait(By.linkText("Lärandepass"));
		assertThat(this.browser.heading()).isEqualTo("Lärandepass: Astrid Berg");
		this.browser.find(By.cssSelector(".passport__step details summary")).click();
		assertThat(this.browser.find(By.cssSelector(".passport__step")).getText()).contains(send.title().sv(),
				"Med hjälp", "Introducerad");
		this.browser.assertAccessible("learning passport");
		this.browser.assertFitsTheScreen("learning passport");

		this.browser.get("/mentors/" + mentor);
		new WebDriverWait(this.browser.driver(), Duration.ofSeconds(10))
			.until((driver) -> !driver.findElements(By.id("mentor-sessions")).isEmpty());
		assertThat(this.browser.find(By.id("mentor-sessions")).getText()).isEqualTo("2");
		this.browser.assertAccessible("mentor's page with sessions and hours");
		this.browser.clickAndWait(By.linkText("Utbildning"));
		this.browser.assertAccessible("mentor's sessions, hours and training");
		this.browser.assertFitsTheScreen("mentor's sessions, hours and training");

		this.browser.get("/programmes/" + programme.programme);
		this.browser.clickAndWait(By.linkText("Uppföljning"));
		assertThat(this.browser.find(By.id("quiet")).getText()).contains("Bertil Ek");
		this.browser.assertAccessible("programme's follow-up");
		this.browser.assertFitsTheScreen("programme's follow-up");
	}

}

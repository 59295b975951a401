package org.tandem.sessions;

import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.tandem.matching.Pairs;
import org.tandem.organisations.Organisations;
import org.tandem.organisations.TestOrganisation;
import org.tandem.organisations.TestOrganisations;
import org.tandem.people.People;
import org.tandem.programmes.Programmes;
import org.tandem.system.Role;
import org.tandem.testing.Browser;
import org.tandem.testing.InBrowser;
import org.tandem.testing.MutableClock;
import org.tandem.testing.TestClock;
import org.tandem.venues.Venues;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator plans a pair's session from a proposed time and sees it in the
 * programme's week, on a 360 px phone in a real headless Chromium, with axe-core checking
 * every page on the way.
 */
@InBrowser
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ TestOrganisations.class, TestClock.class })
class SessionsBrowserTest {

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
	MutableClock clock;

	Instant clockBefore;

	Browser browser;

	@BeforeEach
	void pinTheClock() {
		this.clockBefore = this.clock.set(PlannableProgramme.NOW);
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@AfterEach
	void setTheClockBack() {
		this.clock.set(this.clockBefore);
	}

	@Test
	void aCoordinatorPlansAWeeklySessionFromAProposedTimeOnAPhone() {
		TestOrganisation kage = this.testOrganisations.create("Kåge");
		PlannableProgramme programme = PlannableProgramme.in(kage, this.organisations, this.programmes, this.venues,
				this.people, this.pairs);
		programme.pair(programme.senior("Astrid", "Berg"), programme.mentor("Ali", "Lindqvist"));
		this.browser = Browser.open(360, 740, this.port);
		this.browser.get("/login");
		this.browser.signIn(kage.user(Role.COORDINATOR).username(), PASSWORD);

		this.browser.get("/programmes/" + programme.programme + "/sessions?week=2026-11-30");
		this.browser.assertAccessible("programme's week");
		this.browser.assertFitsTheScreen("programme's week");
		this.browser.clickAndWait(By.partialLinkText("Planera för Astrid Berg – Ali Lindqvist"));
		assertThat(this.browser.heading()).isEqualTo("Planera en träff för Astrid Berg – Ali Lindqvist");
		this.browser.assertAccessible("planning a session");
		this.browser.assertFitsTheScreen("planning a session");
		assertThat(this.browser.find(By.cssSelector("label[for=choice-0]")).getText())
			.isEqualTo("Tisdag 1 december 13:00–14:00, Studierummet, Kåge bibliotek");

		this.browser.find(By.id("title")).sendKeys("Hjälp med BankID");
		this.browser.find(By.cssSelector("label[for=weekly]")).click();
		this.browser.find(By.id("count")).clear();
		this.browser.find(By.id("count")).sendKeys("3");
		this.browser.clickAndWait(By.cssSelector("#plan button[type=submit]"));

		assertThat(this.browser.heading()).isEqualTo("Hjälp med BankID");
		assertThat(this.browser.find(By.id("main")).getText()).contains("Träffen är planerad.");
		assertThat(this.browser.find(By.id("meeting-2")).getText()).contains("15 dec", "13:00–14:00");
		this.browser.assertAccessible("the session's page");
		this.browser.assertFitsTheScreen("the session's page");

		this.browser.get("/programmes/" + programme.programme + "/sessions?week=2026-12-01");
		assertThat(this.browser.find(By.id("main")).getText()).contains("En träff planerad den här veckan",
				"13:00–14:00", "Hjälp med BankID");
	}

}

package org.tandem.logbook;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.tandem.curriculum.Curriculum;
import org.tandem.matching.Pairs;
import org.tandem.organisations.Organisations;
import org.tandem.organisations.TestOrganisation;
import org.tandem.organisations.TestOrganisations;
import org.tandem.people.People;
import org.tandem.programmes.Programmes;
import org.tandem.sessions.Sessions;
import org.tandem.system.Role;
import org.tandem.testing.Browser;
import org.tandem.testing.InBrowser;
import org.tandem.testing.MutableClock;
import org.tandem.testing.TestClock;
import org.tandem.venues.Venues;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator logs last Tuesday's session on a 360 px phone in a real headless
 * Chromium: marks the mentor as cancelled late, mistypes the minutes and is shown why,
 * sets a level, picks a face, ticks the attestation and a possible scam, saves, and finds
 * the log to follow up. Axe-core checks the form, the refused form, the confirmation and
 * the follow-up page; every target is at least 44 px high and nothing scrolls sideways.
 */
@InBrowser
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ TestOrganisations.class, TestClock.class })
class LogBrowserTest {

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
	Curriculum curriculum;

	@Autowired
	Logbook logbook;

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
	void aCoordinatorLogsASessionOnAPhone() {
		TestOrganisation kage = this.testOrganisations.create("Kåge");
		LoggableSession session = LoggableSession.in(kage, this.organisations, this.programmes, this.venues,
				this.people, this.pairs, this.sessions, this.curriculum, this.clock);
		this.browser = Browser.open(360, 740, this.port);
		this.browser.get("/login");
		this.browser.signIn(kage.user(Role.COORDINATOR).username(), PASSWORD);

		this.browser.get("/sessions/" + session.session.id());
		this.browser.clickAndWait(By.linkText("Logga träffen"));
		assertThat(this.browser.heading()).isEqualTo("Logga: Swish");
		this.browser.assertAccessible("log form");
		this.browser.assertFitsTheScreen("log form");
		assertTargetsAreLargeEnough("log form");

		choose("Ali Lindqvist (mentor)", "Sent avbokad");
		this.browser.find(By.id("minutes")).clear();
		this.browser.find(By.id("minutes")).sendKeys("en timme");
		this.browser.clickAndWait(By.cssSelector("#log-form button[type=submit]"));

		assertThat(this.browser.find(By.id("minutes-error")).getText())
			.isEqualTo("Skriv minuterna som ett heltal, till exempel 60.");
		assertThat(this.browser.find(By.cssSelector("#error-summary a")).getAttribute("href")).endsWith("#minutes");
		assertThat(this.browser.find(By.id("minutes")).getAttribute("value")).isEqualTo("en timme");
		assertThat(this.browser.find(By.id("attendance-0-CANCELLED_LATE")).isSelected()).isTrue();
		this.browser.assertAccessible("refused log form");
		this.browser.assertFitsTheScreen("refused log form");

		this.browser.find(By.id("minutes")).clear();
		this.browser.find(By.id("minutes")).sendKeys("50");
		WebElement firstStep = this.browser.find(By.cssSelector("fieldset.levels"));
		firstStep.findElement(By.xpath(".//label[contains(., 'Med hjälp')]")).click();
		this.browser.find(By.xpath("//label[contains(., '5 – mycket nöjd')]")).click();
		this.browser.find(By.cssSelector("label[for=attested]")).click();
		this.browser.find(By.cssSelector("label[for=scamSeen]")).click();
		this.browser.clickAndWait(By.cssSelector("#log-form button[type=submit]"));

		assertThat(this.browser.heading()).isEqualTo("Träffen är loggad");
		assertThat(this.browser.find(By.id("main")).getText()).contains("version 1 av loggen är sparad",
				"1 av 2 kom, 50 minuter, ett lärandesteg", "Samordnaren får veta om det möjliga bedrägeriet.");
		this.browser.assertAccessible("confirmation");
		SessionLog log = session.programme.as(() -> this.logbook.log(session.held));
		assertThat(log.report().attendance()).containsEntry(session.mentor, Attendance.CANCELLED_LATE)
			.containsEntry(session.senior, Attendance.PRESENT);
		assertThat(log.report().minutes()).isEqualTo(50);
		assertThat(log.report().steps())
			.containsExactly(new StepReached(session.senior, session.wantedStep.id(), LearningLevel.WITH_HELP));
		assertThat(log.report().feedback()).containsEntry(session.senior, 5);
		assertThat(log.report().attested()).isTrue();
		assertThat(log.report().scamSeen()).isTrue();

		this.browser.clickAndWait(By.partialLinkText("Flaggade loggar (1 öppen)"));
		assertThat(this.browser.heading()).isEqualTo("Loggar att följa upp");
		assertThat(this.browser.find(By.id("main")).getText()).contains("Swish", "Ali", "Möjligt bedrägeri");
		this.browser.assertAccessible("follow-up page");
		this.browser.assertFitsTheScreen("follow-up page");
		this.browser.clickAndWait(By.cssSelector("#main form button[type=submit]"));
		assertThat(this.browser.find(By.id("main")).getText()).contains("Uppföljningen är markerad som klar.",
				"Inget att följa upp.");
	}

	/** Picks one answer of the radio group whose legend is {@code legend}. */
	void choose(String legend, String answer) {
		this.browser
			.find(By.xpath(
					"//fieldset[legend[normalize-space(.) = '" + legend + "']]//label[contains(., '" + answer + "')]"))
			.click();
	}

	void assertTargetsAreLargeEnough(String page) {
		Object small = this.browser.driver()
			.executeScript("return Array.from(document.querySelectorAll('#log-form label.choice, #log-form button,"
					+ " #log-form summary, #log-form .checkbox'))"
					+ ".filter((e) => e.offsetParent !== null && e.getBoundingClientRect().height < 44)"
					+ ".map((e) => e.textContent.trim());");
		assertThat((List<?>) small).as("targets under 44 px on the " + page).isEmpty();
	}

}

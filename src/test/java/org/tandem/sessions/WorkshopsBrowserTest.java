package org.tandem.sessions;

import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

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
import org.tandem.people.PersonId;
import org.tandem.programmes.Programmes;
import org.tandem.system.Role;
import org.tandem.testing.Browser;
import org.tandem.testing.InBrowser;
import org.tandem.testing.MutableClock;
import org.tandem.testing.TestClock;
import org.tandem.venues.Venues;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator plans a workshop from the programme's week, choosing its mentor by typing
 * part of a name, and signs a senior up the same way, on a 360 px phone and at desktop
 * width in a real headless Chromium, with axe-core checking every page on the way.
 */
@InBrowser
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ TestOrganisations.class, TestClock.class })
class WorkshopsBrowserTest {

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

	@ParameterizedTest(name = "{0}×{1}")
	@CsvSource({ "360, 740", "1280, 900" })
	void aCoordinatorPlansAWorkshopAndSignsASeniorUp(int width, int height) {
		TestOrganisation kage = this.testOrganisations.create("Kåge");
		PlannableProgramme programme = PlannableProgramme.in(kage, this.organisations, this.programmes, this.venues,
				this.people, this.pairs);
		PersonId eva = programme.mentor("Eva", "Holm");
		programme.mentor("Erik", "Sund");
		PersonId astrid = programme.senior("Astrid", "Berg");
		programme.senior("Bengt", "Ek");
		this.browser = Browser.open(width, height, this.port);
		this.browser.get("/login");
		this.browser.signIn(kage.user(Role.COORDINATOR).username(), PASSWORD);

		this.browser.get("/programmes/" + programme.programme + "/sessions?week=2026-11-30");
		this.browser.clickAndWait(By.linkText("Ny workshop"));
		assertThat(this.browser.heading()).isEqualTo("Ny workshop");
		this.browser.assertAccessible("new workshop");
		this.browser.assertFitsTheScreen("new workshop");

		this.browser.find(By.id("title")).sendKeys("Akta dig för bedragare");
		this.browser.find(By.id("mentorSearch")).sendKeys("Holm");
		waitUntilOnly("mentorIds-choices", "Eva Holm");
		this.browser.find(By.cssSelector("label[for=mentorIds-" + eva + "]")).click();
		this.browser.find(By.id("capacity")).clear();
		this.browser.find(By.id("capacity")).sendKeys("1");
		this.browser.find(By.cssSelector("#room option:nth-child(3)")).click();
		this.browser.find(By.id("day")).clear();
		this.browser.driver()
			.executeScript("document.getElementById('day').value = '2026-12-01';"
					+ "document.getElementById('start').value = '10:00';"
					+ "document.getElementById('end').value = '12:00';");
		this.browser.clickAndWait(By.cssSelector("#workshop button[type=submit]"));

		assertThat(this.browser.heading()).isEqualTo("Akta dig för bedragare");
		assertThat(this.browser.find(By.id("main")).getText()).contains("Workshoppen är planerad.", "Eva Holm",
				"0 av 1 tagna, 1 kvar");
		this.browser.assertAccessible("the workshop's page");
		this.browser.assertFitsTheScreen("the workshop's page");

		this.browser.find(By.id("seniorSearch")).sendKeys("Astr");
		waitUntilOnly("seniorId-choices", "Astrid Berg");
		this.browser.find(By.cssSelector("label[for=seniorId-" + astrid + "]")).click();
		this.browser.clickAndWait(By.cssSelector("#signUpForm button[type=submit]"));

		assertThat(this.browser.find(By.id("main")).getText()).contains("Astrid Berg har fått en plats.",
				"1 av 1 tagna, 0 kvar");
		assertThat(this.browser.find(By.id("booked-" + astrid)).getText()).contains("Astrid Berg");
		this.browser.assertAccessible("the workshop with a senior signed up");
		this.browser.assertFitsTheScreen("the workshop with a senior signed up");

		this.browser.get("/programmes/" + programme.programme + "/sessions?week=2026-11-30");
		assertThat(this.browser.find(By.id("main")).getText()).contains("Workshop:", "Akta dig för bedragare");
		this.browser.assertAccessible("the week with a workshop");
	}

	/** Waits until htmx has put the people a search found in the list, and only them. */
	private void waitUntilOnly(String list, String name) {
		new WebDriverWait(this.browser.driver(), java.time.Duration.ofSeconds(10)).until((driver) -> {
			String text = this.browser.find(By.id(list)).getText();
			return text.contains(name) && text.lines().count() == 1;
		});
	}

}

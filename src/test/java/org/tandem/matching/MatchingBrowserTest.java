package org.tandem.matching;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.tandem.organisations.Organisations;
import org.tandem.organisations.TestOrganisation;
import org.tandem.organisations.TestOrganisations;
import org.tandem.people.People;
import org.tandem.programmes.Programmes;
import org.tandem.system.Role;
import org.tandem.testing.Browser;
import org.tandem.testing.InBrowser;
import org.tandem.venues.Venues;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator runs matching for a programme, reviews a proposed pair with its
 * explanation and approves it, on a 360 px phone in a real headless Chromium, with
 * axe-core checking every page on the way.
 */
@InBrowser
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestOrganisations.class)
class MatchingBrowserTest {

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

	Browser browser;

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void aCoordinatorRunsMatchingReviewsAProposalAndApprovesItOnAPhone() {
		TestOrganisation kage = this.testOrganisations.create("Kåge");
		MatchableProgramme programme = MatchableProgramme.in(kage, this.organisations, this.programmes, this.venues,
				this.people);
		programme.senior("Astrid", "sv");
		programme.senior("Hodan", "so");
		programme.mentor("Ali", 2, "sv", "ar");
		this.browser = Browser.open(360, 740, this.port);
		this.browser.get("/login");
		this.browser.signIn(kage.user(Role.COORDINATOR).username(), PASSWORD);

		this.browser.get("/programmes/" + programme.programme);
		this.browser.clickAndWait(By.linkText("Matchning"));
		assertThat(this.browser.heading()).startsWith("Matchning i Digital vardag");
		this.browser.assertAccessible("programme's matching page");
		this.browser.assertFitsTheScreen("programme's matching page");

		this.browser.find(By.id("mode-OPTIMAL")).click();
		this.browser.clickAndWait(By.xpath("//button[normalize-space()='Starta matchningen']"));
		assertThat(this.browser.heading()).isEqualTo("Optimal matchning");
		// htmx polls the progress and reloads the page when the run has finished.
		new WebDriverWait(this.browser.driver(), Duration.ofSeconds(60))
			.until(ExpectedConditions.presenceOfElementLocated(By.id("proposals")));
		this.browser.assertAccessible("run's review page");
		this.browser.assertFitsTheScreen("run's review page");
		String proposal = this.browser.find(By.cssSelector("#proposals ~ ol li")).getText();
		assertThat(proposal).contains("Astrid Lindqvist med Ali Lindqvist", "Därför passar de:",
				"mentorn kan iPhone +");
		assertThat(this.browser.find(By.id("unmatched")).findElement(By.xpath("..")).getText())
			.contains("Hodan Lindqvist", "ingen mentor talar somaliska");

		this.browser.clickAndWait(By.xpath("//button[@value='APPROVE']"));
		assertThat(this.browser.find(By.cssSelector("[role=status]")).getText()).isEqualTo("Paret är godkänt.");
		assertThat(this.browser.find(By.cssSelector("#proposals ~ ol li")).getText()).contains("Godkänt");
		this.browser.assertAccessible("run's review page after approving");

		this.browser.clickAndWait(By.partialLinkText("Tillbaka till matchningen"));
		String pairs = this.browser.find(By.id("pairs")).findElement(By.xpath("..")).getText();
		assertThat(pairs).contains("Astrid Lindqvist med Ali Lindqvist", "Godkänt", "COORDINATOR of Kåge",
				"Avsluta paret");
		this.browser.assertAccessible("programme's matching page with the pair");
		this.browser.assertFitsTheScreen("programme's matching page with the pair");
	}

}

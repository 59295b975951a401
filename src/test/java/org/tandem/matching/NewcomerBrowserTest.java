package org.tandem.matching;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.tandem.organisations.Organisations;
import org.tandem.organisations.TestOrganisation;
import org.tandem.organisations.TestOrganisations;
import org.tandem.people.People;
import org.tandem.people.PersonId;
import org.tandem.programmes.Programmes;
import org.tandem.system.Role;
import org.tandem.testing.Browser;
import org.tandem.testing.InBrowser;
import org.tandem.venues.Venues;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator opens a newcomer's record, asks for a mentor, reads why the proposed one
 * fits and approves the pair, on a 360 px phone in a real headless Chromium, with
 * axe-core checking every page on the way.
 */
@InBrowser
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestOrganisations.class)
class NewcomerBrowserTest {

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
	void aCoordinatorFindsAMentorForANewcomerAndApprovesThePairOnAPhone() {
		TestOrganisation kage = this.testOrganisations.create("Kåge");
		MatchableProgramme programme = MatchableProgramme.in(kage, this.organisations, this.programmes, this.venues,
				this.people);
		PersonId astrid = programme.senior("Astrid", "ar", "sv");
		programme.mentor("Ali", 2, "ar", "sv");
		programme.mentor("Eva", 1, "sv");
		this.browser = Browser.open(360, 740, this.port);
		this.browser.get("/login");
		this.browser.signIn(kage.user(Role.COORDINATOR).username(), PASSWORD);

		this.browser.get("/seniors/" + astrid);
		this.browser.clickAndWait(By.partialLinkText("Föreslå en mentor i Digital vardag"));
		assertThat(this.browser.heading()).isEqualTo("En mentor för Astrid Lindqvist");
		this.browser.assertAccessible("newcomer's proposal");
		this.browser.assertFitsTheScreen("newcomer's proposal");
		String best = this.browser.find(By.id("option-0")).getText();
		assertThat(best).contains("Bästa valet:", "Ali Lindqvist", "båda talar arabiska +");
		assertThat(this.browser.find(By.id("option-1")).getText()).contains("Eva Lindqvist");

		this.browser.clickAndWait(By.cssSelector("#option-0 button"));
		String pairs = this.browser.find(By.id("pairs")).findElement(By.xpath("..")).getText();
		assertThat(pairs).contains("Astrid Lindqvist med Ali Lindqvist", "Godkänt");
		this.browser.assertAccessible("programme's matching page with the newcomer's pair");
	}

}

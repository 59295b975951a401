package org.tandem.matching;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
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
 * A coordinator runs matching for a programme, reviews a proposed pair with its
 * explanation and approves it, finds people to pair by hand, and pages through a large
 * run's review, on a 360 px phone in a real headless Chromium, with axe-core checking
 * every page on the way.
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

	@Autowired
	MatchingRunRepository runs;

	@Autowired
	JdbcClient jdbc;

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
		PersonId hodan = programme.senior("Hodan", "so");
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

		// Pairing by hand: htmx lists whom each search finds as it is typed in, and the
		// count says how many.
		this.browser.find(By.id("seniorSearch")).sendKeys("hoda");
		waitForText(By.id("seniorId-count"), "1 aktiv senior matchar.");
		assertThat(this.browser.find(By.id("seniorId-choices")).getText()).contains("Hodan Lindqvist, född 1944")
			.doesNotContain("Astrid");
		// Ali, the only mentor, is listed before the search too: wait for the new list.
		WebElement before = this.browser.find(By.cssSelector("#mentorId-choices input"));
		this.browser.find(By.id("mentorSearch")).sendKeys("ali");
		new WebDriverWait(this.browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(before));
		assertThat(this.browser.find(By.id("mentorId-count")).getText()).isEqualTo("1 aktiv mentor matchar.");
		this.browser.find(By.xpath("//label[starts-with(normalize-space(), 'Hodan Lindqvist')]")).click();
		this.browser.find(By.xpath("//div[@id='mentorId-choices']//label[starts-with(normalize-space(), 'Ali')]"))
			.click();
		this.browser.assertAccessible("manual pair form with what the searches found");
		this.browser.clickAndWait(By.xpath("//button[normalize-space()='Skapa paret']"));
		assertThat(this.browser.find(By.id("mentorId-error")).getText()).isEqualTo("De har inget gemensamt språk.");
		assertThat(this.browser.find(By.cssSelector("#seniorId-choices input:checked")).getAttribute("value"))
			.isEqualTo(hodan.toString());
		this.browser.assertAccessible("manual pair form with a refused pair");
		this.browser.assertFitsTheScreen("manual pair form with a refused pair");
	}

	private void waitForText(By element, String text) {
		new WebDriverWait(this.browser.driver(), Duration.ofSeconds(10))
			.until(ExpectedConditions.textToBePresentInElementLocated(element, text));
	}

	@Test
	void aLargeRunIsReviewedPageByPageOnAPhone() {
		TestOrganisation kage = this.testOrganisations.create("Kåge");
		MatchableProgramme programme = MatchableProgramme.in(kage, this.organisations, this.programmes, this.venues,
				this.people);
		List<ProposedPair> pairs = new ArrayList<>();
		List<Assignment> chosen = new ArrayList<>();
		List<Assignment> kept = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			ProposedPair pair = new ProposedPair(new PersonId(UUID.randomUUID()), new PersonId(UUID.randomUUID()),
					100 - i, i >= 27, List.of(new ExplanationLine(Criterion.TOPICS, 100 - i,
							Phrase.of("matching.explanation.TOPICS", 1, 2))));
			pairs.add(pair);
			((i >= 27) ? kept : chosen).add(new Assignment(pair.senior().value(), pair.mentor().value(), pair.score()));
		}
		List<UnmatchedSenior> unmatched = new ArrayList<>();
		for (int i = 0; i < 27; i++) {
			unmatched.add(new UnmatchedSenior(new PersonId(UUID.randomUUID()), List
				.of(new UnmatchedReason(UnmatchedReason.Code.NO_MENTORS, Phrase.of("matching.unmatched.NO_MENTORS")))));
		}
		MatchingRunId run = new MatchingRunId(UUID.randomUUID());
		this.organisations.actFor(kage.organisation(), () -> {
			this.runs.start(run, programme.programme, MatchingMode.OPTIMAL, null, Instant.now());
			this.runs.finish(run,
					new MatchingResult(MatchingMode.OPTIMAL, chosen, kept, chosen.size(), 2000L,
							unmatched.stream().map((senior) -> senior.senior().value()).toList()),
					pairs, unmatched, Instant.now());
		});
		// What storing the candidates records, which this run skipped.
		this.jdbc.sql("update matching_run set kept_count = 3 where id = ?").param(run.value()).update();
		this.browser = Browser.open(360, 740, this.port);
		this.browser.get("/login");
		this.browser.signIn(kage.user(Role.COORDINATOR).username(), PASSWORD);

		this.browser.get("/matching-runs/" + run);
		assertThat(this.browser.find(By.id("proposals")).findElement(By.xpath("..")).getText())
			.contains("Par 1–25 av 30", "Sida 1 av 2");
		this.browser.assertAccessible("first page of a large run's review");
		this.browser.assertFitsTheScreen("first page of a large run's review");

		this.browser.clickAndWait(By.cssSelector("nav[aria-label='Sidor med föreslagna par'] a[rel=next]"));
		assertThat(this.browser.find(By.id("proposals")).findElement(By.xpath("..")).getText())
			.contains("Par 26–30 av 30", "Sida 2 av 2");
		this.browser.clickAndWait(By.cssSelector("nav[aria-label='Sidor med seniorer utan mentor'] a[rel=next]"));
		assertThat(this.browser.currentUrl()).contains("page=1", "unmatchedPage=1");
		assertThat(this.browser.find(By.id("unmatched")).findElement(By.xpath("..")).getText())
			.contains("Seniorer 26–27 av 27");
		this.browser.assertAccessible("second pages of a large run's review");

		this.browser.find(By.id("show-NEW")).click();
		this.browser.clickAndWait(By.xpath("//button[normalize-space()='Visa paren']"));
		assertThat(this.browser.find(By.id("proposals")).findElement(By.xpath("..")).getText())
			.contains("Par 1–25 av 27");
		assertThat(this.browser.currentUrl()).contains("show=NEW", "unmatchedPage=1").doesNotContain("page=1&");
		this.browser.assertAccessible("new pairs of a large run");
	}

}

package org.tandem.sessions;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.tandem.matching.PairId;
import org.tandem.matching.Pairs;
import org.tandem.organisations.Organisations;
import org.tandem.organisations.TestOrganisation;
import org.tandem.organisations.TestOrganisations;
import org.tandem.organisations.Users;
import org.tandem.people.People;
import org.tandem.people.PersonId;
import org.tandem.programmes.Programmes;
import org.tandem.system.Role;
import org.tandem.testing.Browser;
import org.tandem.testing.InBrowser;
import org.tandem.venues.Venues;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A mentor whose account is linked to them opens "My sessions" from the start page on a
 * 360 × 740 phone in a real headless Chromium: their next meetings with the place and the
 * senior's first name, big enough to tap, with axe-core checking the page.
 */
@InBrowser
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestOrganisations.class)
class MySessionsBrowserTest {

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
	Clock clock;

	@Autowired
	Sessions sessions;

	@Autowired
	Users users;

	Browser browser;

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void aMentorSeesTheirNextSessionsOnAPhone() {
		TestOrganisation skelleftea = this.testOrganisations.create("Skellefteå");
		PlannableProgramme programme = PlannableProgramme.in(skelleftea, this.organisations, this.programmes,
				this.venues, this.people, this.pairs, PlannableProgramme.around(this.clock));
		PersonId ali = programme.mentor("Ali", "Lindqvist");
		PairId pair = programme.pair(programme.senior("Astrid", "Berg"), ali);
		LocalDate tuesday = programme.as(() -> this.sessions.today()).with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
		programme.as(() -> this.sessions.plan(new OneToOnePlan(pair, "Hjälp med BankID", programme.inStudyRoom(),
				Schedule.weekly(tuesday, LocalTime.of(13, 0), LocalTime.of(14, 0), 1, null, 2, Set.of()))));
		this.organisations.actFor(skelleftea.organisation(),
				() -> this.users.linkPerson(skelleftea.user(Role.MENTOR).id(), ali.value()));
		this.browser = Browser.open(360, 740, this.port);
		this.browser.get("/login");
		this.browser.signIn(skelleftea.user(Role.MENTOR).username(), PASSWORD);

		this.browser.clickAndWait(By.id("my-sessions"));

		assertThat(this.browser.heading()).isEqualTo("Mina träffar");
		this.browser.assertAccessible("my sessions");
		this.browser.assertFitsTheScreen("my sessions");
		String first = this.browser.find(By.id("upcoming-0")).getText();
		assertThat(first).contains("13:00–14:00", "Hjälp med BankID", "Studierummet, Kåge bibliotek", "Astrid (senior)")
			.doesNotContain("Berg");
		assertThat(this.browser.find(By.id("upcoming-1")).getText()).contains("13:00–14:00");
		WebElement menu = this.browser.find(By.linkText("Mina träffar"));
		assertThat(menu.getSize().getHeight()).isGreaterThanOrEqualTo(44);
	}

}

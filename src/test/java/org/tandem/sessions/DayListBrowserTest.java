package org.tandem.sessions;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

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
import org.tandem.people.ContactChannel;
import org.tandem.people.People;
import org.tandem.programmes.Programmes;
import org.tandem.system.Role;
import org.tandem.testing.Browser;
import org.tandem.testing.InBrowser;
import org.tandem.venues.Venues;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A librarian opens the library's day list from the start page in a real headless
 * Chromium: axe-core finds nothing serious, the Print button is there, and with the page
 * rendered for print (Chromium's print media emulation, over the DevTools protocol) the
 * site's header, navigation, footer, the day form and the button are gone while the
 * list's own header stays, in body text of at least 14 pt. What is checked is the
 * computed style under print media, not a printed PDF.
 */
@InBrowser
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestOrganisations.class)
class DayListBrowserTest {

	/** The password {@link TestOrganisations} gives every user. */
	static final String PASSWORD = "correct horse battery staple";

	/** 14 pt in CSS pixels. */
	static final double FOURTEEN_POINTS = 14 * 96 / 72.0;

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

	String display(String selector) {
		return (String) this.browser.driver()
			.executeScript("var e = document.querySelector(arguments[0]);"
					+ " return e ? getComputedStyle(e).display : 'missing';", selector);
	}

	double bodyFontSize() {
		return Double.parseDouble(
				((String) this.browser.driver().executeScript("return getComputedStyle(document.body).fontSize;"))
					.replace("px", ""));
	}

	@Test
	void aLibrarianOpensAndPrintsTheLibrarysDay() {
		TestOrganisation skelleftea = this.testOrganisations.create("Skellefteå");
		PlannableProgramme programme = PlannableProgramme.in(skelleftea, this.organisations, this.programmes,
				this.venues, this.people, this.pairs, PlannableProgramme.around(this.clock));
		PairId pair = programme.pair(
				programme.senior("Gunnar", "Holm", ContactChannel.VIA_VENUE_STAFF, null, null, "sv"),
				programme.mentor("Ali", "Lindqvist"));
		LocalDate tuesday = programme.as(() -> this.sessions.today()).with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
		programme.as(() -> this.sessions.plan(new OneToOnePlan(pair, "Hjälp med BankID", programme.inStudyRoom(),
				Schedule.single(tuesday, LocalTime.of(13, 0), LocalTime.of(14, 0)))));
		String venue = programme.library.id().toString();
		this.organisations.actFor(skelleftea.organisation(), () -> this.users
			.linkVenues(skelleftea.user(Role.VENUE_STAFF).id(), Set.of(programme.library.id().value())));
		this.browser = Browser.open(1024, 768, this.port);
		this.browser.get("/login");
		this.browser.signIn(skelleftea.user(Role.VENUE_STAFF).username(), PASSWORD);

		this.browser.clickAndWait(By.id("day-list-" + venue));
		assertThat(this.browser.currentUrl()).endsWith("/venues/" + venue + "/day");
		assertThat(this.browser.heading()).isEqualTo("Dagslista: Kåge bibliotek");
		this.browser.get("/venues/" + venue + "/day?date=" + tuesday);

		assertThat(this.browser.find(By.id("entry-0")).getText()).contains("13:00–14:00", "Hjälp med BankID",
				"Gunnar Holm", "Berätta personligen");
		this.browser.assertAccessible("day list");
		assertThat(this.browser.find(By.id("print")).isDisplayed()).as("the Print button, shown by its script")
			.isTrue();
		assertThat(display(".main-nav")).isNotEqualTo("none");
		assertThat(display(".site-header")).isNotEqualTo("none");

		this.browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));

		assertThat(this.browser.driver().executeScript("return matchMedia('print').matches;")).isEqualTo(true);
		assertThat(display(".site-header")).isEqualTo("none");
		assertThat(display(".main-nav")).isEqualTo("none");
		assertThat(display(".site-footer")).isEqualTo("none");
		assertThat(display("form.filters")).isEqualTo("none");
		assertThat(display("#print")).isEqualTo("none");
		assertThat(display(".day-list__header")).isNotEqualTo("none");
		assertThat(display("#made-at")).isNotEqualTo("none");
		assertThat(bodyFontSize()).isGreaterThanOrEqualTo(FOURTEEN_POINTS - 0.01);
		assertThat((String) this.browser.driver()
			.executeScript("return getComputedStyle(document.querySelector('main')).breakBefore;")).isEqualTo("page");
	}

}

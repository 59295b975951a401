package org.tandem.calendar.web;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.tandem.testing.Browser;
import org.tandem.testing.InBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator makes a senior's calendar link on the senior's page and turns it off
 * again, on a 360 px phone in a real headless Chromium: the section comes in with htmx,
 * its buttons replace it in place, and axe-core checks each state.
 */
@InBrowser
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
class CalendarFeedBrowserTest {

	@LocalServerPort
	int port;

	Browser browser;

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void aCoordinatorMakesACalendarLinkAndTurnsItOff() {
		this.browser = Browser.open(360, 740, this.port);
		this.browser.get("/login");
		this.browser.signIn("coordinator", "tandem-demo-2026");
		this.browser.get("/seniors");
		this.browser.clickAndWait(By.cssSelector("main table tbody a"));

		waitFor(By.xpath("//section[@id='calendar']//button[normalize-space()='Skapa kalenderlänk']"));
		this.browser.assertAccessible("senior page with the calendar link section");
		this.browser.assertFitsTheScreen("senior page with the calendar link section");

		this.browser.find(By.xpath("//button[normalize-space()='Skapa kalenderlänk']")).click();
		String link = waitFor(By.id("calendar-feed-url")).getText();
		assertThat(link).matches("http://localhost:\\d+/calendar/[A-Za-z0-9_-]{43}\\.ics");
		assertThat(this.browser.find(By.linkText("Öppna den i en kalenderapp på den här enheten")).getAttribute("href"))
			.startsWith("webcal://localhost:");
		this.browser.assertAccessible("senior page with a new calendar link");
		this.browser.assertFitsTheScreen("senior page with a new calendar link");

		this.browser.find(By.xpath("//button[normalize-space()='Stäng av länken']")).click();
		waitFor(By.xpath("//div[normalize-space()='" + "Kalenderlänken är avstängd. "
				+ "Kalendrar som använde den får inga fler träffar." + "']"));
		assertThat(this.browser.find(By.id("calendar")).getText()).doesNotContain(link);
		this.browser.assertAccessible("senior page with the calendar link turned off");
	}

	private WebElement waitFor(By target) {
		return new WebDriverWait(this.browser.driver(), Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(target));
	}

}

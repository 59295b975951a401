package org.tandem.people.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.tandem.testing.Browser;
import org.tandem.testing.InBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator registers a senior on a 360 px phone in a real headless Chromium, with
 * axe-core checking every page on the way.
 */
@InBrowser
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
class PeopleBrowserTest {

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
	void aCoordinatorRegistersASeniorOnAPhone() {
		this.browser = Browser.open(360, 740, this.port);
		this.browser.get("/login");
		this.browser.signIn("coordinator", "tandem-demo-2026");
		this.browser.get("/seniors");
		this.browser.assertAccessible("seniors list");
		this.browser.assertFitsTheScreen("seniors list");

		this.browser.clickAndWait(By.linkText("Ny senior"));
		this.browser.assertAccessible("new senior form");
		this.browser.clickAndWait(By.xpath("//button[normalize-space()='Spara']"));
		assertThat(this.browser.find(By.id("firstName-error")).getText()).isEqualTo("Fyll i det här fältet.");
		this.browser.assertAccessible("new senior form with errors");
		this.browser.assertFitsTheScreen("new senior form with errors");

		this.browser.find(By.id("firstName")).sendKeys("Märta");
		this.browser.find(By.id("lastName")).sendKeys("Öhman");
		this.browser.find(By.id("yearOfBirth")).sendKeys("1938");
		this.browser.find(By.id("phone")).sendKeys("070-765 43 21");
		new Select(this.browser.find(By.id("topic0"))).selectByIndex(1);
		this.browser.find(By.id("from1")).sendKeys("1400");
		this.browser.find(By.id("to1")).sendKeys("1600");
		this.browser.clickAndWait(By.xpath("//button[normalize-space()='Spara']"));

		assertThat(this.browser.heading()).isEqualTo("Märta Öhman");
		assertThat(this.browser.find(By.tagName("main")).getText()).contains("070-765 43 21", "Tisdag 14:00–16:00");
		this.browser.assertAccessible("senior page");
		this.browser.assertFitsTheScreen("senior page");
	}

}

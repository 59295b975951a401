package org.tandem.system.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.tandem.testing.InBrowser;
import org.tandem.testing.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo as a person uses it, in a real headless Chromium: signing in, switching
 * language, signing out, on a desktop and on a 360 px phone, with axe-core checking each
 * page against WCAG 2.1 A and AA.
 */
@InBrowser
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
class BrowserTest {

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
	void theCoordinatorSignsInSwitchesToSwedishAndSignsOut() {
		this.browser = Browser.open(1280, 900, this.port);
		this.browser.get("/");

		assertThat(this.browser.currentUrl()).endsWith("/login");
		assertThat(this.browser.heading()).isEqualTo("Log in to Tandem");
		this.browser.assertAccessible("login page");

		this.browser.signIn("coordinator", "tandem-demo-2026");
		this.browser.language("English");
		assertThat(this.browser.heading()).isEqualTo("Welcome, Karin Koordinator");
		this.browser.assertAccessible("start page");

		this.browser.language("Svenska");
		assertThat(this.browser.heading()).isEqualTo("Välkommen, Karin Koordinator");
		assertThat(this.browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("sv");
		assertThat(this.browser.find(By.cssSelector("nav.main-nav")).getText()).contains("API-nycklar")
			.doesNotContain("Användare");
		this.browser.assertAccessible("start page in Swedish");

		this.browser.clickAndWait(By.xpath("//button[normalize-space()='Logga ut']"));
		assertThat(this.browser.currentUrl()).contains("/login?logout");
		assertThat(this.browser.heading()).isEqualTo("Logga in i Tandem");
		assertThat(this.browser.find(By.cssSelector("[role=status]")).getText()).isEqualTo("Du har loggat ut.");
	}

	@Test
	void theAdminsPagesWorkOnA360PixelPhone() {
		this.browser = Browser.open(360, 740, this.port);
		this.browser.get("/login");
		this.browser.assertFitsTheScreen("login page");

		this.browser.signIn("admin", "tandem-demo-2026");
		this.browser.language("English");
		this.browser.assertFitsTheScreen("start page");
		this.browser.clickAndWait(By.linkText("Users"));
		assertThat(this.browser.heading()).isEqualTo("Users");
		this.browser.assertAccessible("users page");

		this.browser.clickAndWait(By.linkText("New user"));
		this.browser.clickAndWait(By.xpath("//button[normalize-space()='Create user']"));
		assertThat(this.browser.find(By.id("displayName-error")).getText()).isEqualTo("Fill in this field.");
		assertThat(this.browser.find(By.id("displayName")).getAttribute("aria-invalid")).isEqualTo("true");
		this.browser.assertAccessible("new user form with errors");
		this.browser.assertFitsTheScreen("new user form with errors");
	}

	@Test
	void theFirstTabStopSkipsToTheContent() {
		this.browser = Browser.open(1280, 900, this.port);
		this.browser.get("/login");

		this.browser.find(By.tagName("body")).sendKeys(Keys.TAB);
		WebElement focused = this.browser.driver().switchTo().activeElement();

		assertThat(focused.getText()).isEqualTo("Skip to main content");
		assertThat(focused.getCssValue("outline-style")).isEqualTo("solid");
	}

	@Test
	void aMissingPageShowsAFriendlyPageNotAStackTrace() {
		this.browser = Browser.open(1280, 900, this.port);
		this.browser.get("/login");
		this.browser.signIn("mentor", "tandem-demo-2026");
		this.browser.language("English");

		this.browser.get("/no/such/page");
		assertThat(this.browser.heading()).isEqualTo("We could not find that page");
		this.browser.get("/admin/users");
		assertThat(this.browser.heading()).isEqualTo("You do not have access to this page");
		assertThat(this.browser.driver().getPageSource()).doesNotContain("Exception", "at org.");
		this.browser.assertAccessible("403 page");
	}

}

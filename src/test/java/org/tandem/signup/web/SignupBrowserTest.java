package org.tandem.signup.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.tandem.testing.Browser;
import org.tandem.testing.InBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A relative signs up a senior from the demo programme's public link on a phone, in a
 * real headless Chromium, with axe-core checking each page.
 */
@InBrowser
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "tandem.signup.per-hour=50")
@ActiveProfiles({ "demo", "test" })
class SignupBrowserTest {

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
	void aRelativeSignsUpASeniorOnAPhone() throws InterruptedException {
		this.browser = Browser.open(1280, 900, this.port);
		this.browser.get("/login");
		this.browser.signIn("coordinator", "tandem-demo-2026");
		this.browser.get("/programmes");
		this.browser.clickAndWait(By.cssSelector("main table a"));
		String link = this.browser.find(By.linkText("Anmälningssida för båda")).getAttribute("href");
		this.browser.close();

		this.browser = Browser.open(360, 740, this.port);
		this.browser.driver().get(link);
		this.browser.assertAccessible("sign-up choice");
		this.browser.clickAndWait(By.partialLinkText("help with my phone"));
		this.browser.assertAccessible("senior sign-up form");
		this.browser.assertFitsTheScreen("senior sign-up form");

		this.browser.clickAndWait(By.xpath("//button[normalize-space()='Send']"));
		assertThat(this.browser.find(By.id("firstName-error")).getText()).isEqualTo("Fill in this field.");
		this.browser.assertAccessible("senior sign-up form with errors");

		this.browser.find(By.id("onBehalf1")).click();
		this.browser.find(By.id("firstName")).sendKeys("Sigrid");
		this.browser.find(By.id("lastName")).sendKeys("Åkesson");
		this.browser.find(By.id("yearOfBirth")).clear();
		this.browser.find(By.id("yearOfBirth")).sendKeys("1936");
		this.browser.find(By.id("phone")).clear();
		this.browser.find(By.id("phone")).sendKeys("0910-123 45");
		this.browser.find(By.id("helperName")).sendKeys("Maria Åkesson");
		Thread.sleep(3_100);
		this.browser.clickAndWait(By.xpath("//button[normalize-space()='Send']"));

		assertThat(this.browser.heading()).isEqualTo("Thank you");
		this.browser.assertAccessible("thank-you page");
	}

}

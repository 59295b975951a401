package org.tandem.curriculum.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.tandem.testing.InBrowser;
import org.tandem.testing.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The curriculum pages of the demo as people use them, in a real headless Chromium, with
 * axe-core checking each page against WCAG 2.1 A and AA. Nothing is saved, so the demo
 * catalogue stays as it ships.
 */
@InBrowser
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
class CurriculumBrowserTest {

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
	void theAdminBrowsesTheCurriculumAndItsEditForms() {
		this.browser = Browser.open(1280, 900, this.port);
		this.browser.get("/login");
		this.browser.signIn("admin", "tandem-demo-2026");
		this.browser.language("English");

		this.browser.clickAndWait(By.linkText("Curriculum"));
		assertThat(this.browser.heading()).isEqualTo("Curriculum");
		assertThat(this.browser.driver().findElements(By.cssSelector("main tbody tr"))).hasSizeGreaterThanOrEqualTo(15);
		this.browser.assertAccessible("curriculum");

		this.browser.clickAndWait(By.linkText("Swish"));
		assertThat(this.browser.heading()).isEqualTo("Swish");
		assertThat(this.browser.find(By.cssSelector("main table")).getText()).contains(
				"Send money to a contact with Swish", "2.3 Engaging in citizenship through digital technologies",
				"2 - Foundation");
		this.browser.assertAccessible("topic page");

		this.browser.clickAndWait(By.linkText("Edit topic"));
		this.browser.find(By.id("nameEn")).clear();
		this.browser.clickAndWait(By.xpath("//button[normalize-space()='Save changes']"));
		assertThat(this.browser.find(By.id("nameEn-error")).getText()).isEqualTo("Fill in this field.");
		assertThat(this.browser.find(By.id("nameEn")).getAttribute("aria-invalid")).isEqualTo("true");
		this.browser.assertAccessible("topic form with errors");

		this.browser.clickAndWait(By.linkText("Back to Swish"));
		this.browser.clickAndWait(By.cssSelector("a[aria-label^='Edit step: Send money to a contact']"));
		assertThat(this.browser.heading()).isEqualTo("Edit step");
		assertThat(this.browser.find(By.id("competence")).getAttribute("value")).isEqualTo("2.3");
		this.browser.assertAccessible("step form");

		this.browser.clickAndWait(By.linkText("Back to Swish"));
		this.browser.clickAndWait(By.linkText("Add a step"));
		this.browser.clickAndWait(By.xpath("//button[normalize-space()='Add step']"));
		assertThat(this.browser.find(By.id("competence-error")).getText()).isNotBlank();
		this.browser.assertAccessible("new step form with errors");
	}

	@Test
	void theCoordinatorReadsTheCurriculumInSwedishOnAPhone() {
		this.browser = Browser.open(360, 740, this.port);
		this.browser.get("/login");
		this.browser.signIn("coordinator", "tandem-demo-2026");
		this.browser.language("Svenska");

		this.browser.clickAndWait(By.linkText("Kursplan"));
		assertThat(this.browser.heading()).isEqualTo("Kursplan");
		assertThat(this.browser.driver().findElements(By.linkText("Nytt ämne"))).isEmpty();
		this.browser.assertAccessible("curriculum in Swedish");
		this.browser.assertFitsTheScreen("curriculum in Swedish");

		this.browser.clickAndWait(By.linkText("Känna igen bedrägerier"));
		assertThat(this.browser.heading()).isEqualTo("Känna igen bedrägerier");
		assertThat(this.browser.find(By.cssSelector("main table")).getText()).contains("Lämna aldrig ut BankID-koder");
		assertThat(this.browser.driver().findElements(By.linkText("Ändra ämnet"))).isEmpty();
		this.browser.assertAccessible("topic page in Swedish");
		this.browser.assertFitsTheScreen("topic page in Swedish");
	}

}

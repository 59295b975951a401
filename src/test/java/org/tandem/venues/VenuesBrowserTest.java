package org.tandem.venues;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.tandem.testing.InBrowser;
import org.tandem.testing.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo coordinator registers a programme and a venue on a 360 px phone, in a real
 * headless Chromium, with axe-core checking the list, form and venue pages against WCAG
 * 2.1 A and AA.
 */
@InBrowser
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
class VenuesBrowserTest {

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
	void theCoordinatorRegistersAProgrammeAndAVenueOnA360PixelPhone() {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		String programme = "Autumn 2026 " + suffix;
		String venue = "Skelleftea city library " + suffix;
		this.browser = Browser.open(360, 740, this.port);
		this.browser.get("/login");
		this.browser.signIn("coordinator", "tandem-demo-2026");
		this.browser.clickAndWait(By.linkText("English"));

		this.browser.clickAndWait(By.linkText("Programmes"));
		assertThat(this.browser.heading()).isEqualTo("Programmes");
		this.browser.assertAccessible("programme list");
		this.browser.clickAndWait(By.linkText("New programme"));
		type("name", programme);
		setValue("termStart", "2026-08-20");
		setValue("termEnd", "2026-12-18");
		this.browser.assertAccessible("new programme form");
		this.browser.clickAndWait(By.xpath("//button[normalize-space()='Create programme']"));
		assertThat(this.browser.heading()).isEqualTo(programme);
		assertThat(this.browser.find(By.cssSelector("[role=status]")).getText()).isEqualTo("The programme is saved.");
		this.browser.assertAccessible("programme page");

		this.browser.clickAndWait(By.linkText("Venues"));
		assertThat(this.browser.heading()).isEqualTo("Venues");
		this.browser.assertAccessible("venue list");
		this.browser.assertFitsTheScreen("venue list");
		this.browser.clickAndWait(By.linkText("New venue"));
		this.browser.assertAccessible("new venue form");
		this.browser.assertFitsTheScreen("new venue form");

		this.browser.clickAndWait(By.xpath("//button[normalize-space()='Create venue']"));
		assertThat(this.browser.find(By.id("name-error")).getText()).isEqualTo("Fill in this field.");
		assertThat(this.browser.find(By.id("name")).getAttribute("aria-invalid")).isEqualTo("true");
		this.browser.assertAccessible("new venue form with errors");
		this.browser.assertFitsTheScreen("new venue form with errors");

		type("name", venue);
		new Select(this.browser.find(By.id("kind"))).selectByVisibleText("Library");
		type("street", "Kanalgatan 50");
		type("postcode", "931 85");
		type("city", "Skellefteå");
		type("municipality", "Skellefteå");
		type("latitude", "64.7502");
		type("longitude", "20.9509");
		type("rooms0.name", "Study room");
		type("rooms0.capacity", "12");
		setValue("openingHours0.opens", "10:00");
		setValue("openingHours0.closes", "19:00");
		this.browser.find(By.xpath("//label[normalize-space()='Hearing loop']")).click();
		this.browser.find(By.xpath("//label[normalize-space()='" + programme + "']")).click();
		type("phone", "0910-73 50 00");
		this.browser.clickAndWait(By.xpath("//button[normalize-space()='Create venue']"));

		assertThat(this.browser.heading()).isEqualTo(venue);
		assertThat(this.browser.find(By.cssSelector("[role=status]")).getText()).isEqualTo("The venue is saved.");
		assertThat(this.browser.find(By.tagName("main")).getText()).contains("931 85 Skellefteå", "Study room",
				"10:00 to 19:00", "Hearing loop", programme);
		this.browser.assertAccessible("venue page");
		this.browser.assertFitsTheScreen("venue page");

		this.browser.clickAndWait(By.linkText("Edit venue"));
		assertThat(this.browser.find(By.id("rooms0.name")).getAttribute("value")).isEqualTo("Study room");
		this.browser.assertAccessible("edit venue form");

		this.browser.clickAndWait(By.linkText("Venues"));
		type("search", suffix);
		this.browser.clickAndWait(By.xpath("//button[normalize-space()='Show venues']"));
		assertThat(this.browser.find(By.cssSelector("[role=status]")).getText()).isEqualTo("1 venue");
		assertThat(this.browser.find(By.linkText(venue)).isDisplayed()).isTrue();
		this.browser.assertAccessible("venue list with a search");
		this.browser.assertFitsTheScreen("venue list with a search");
	}

	private void type(String id, String text) {
		WebElement field = this.browser.find(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	/**
	 * Date and time inputs take keys in the browser's locale; set their value directly.
	 */
	private void setValue(String id, String value) {
		this.browser.driver().executeScript("arguments[0].value = arguments[1];", this.browser.find(By.id(id)), value);
	}

	/** Clicks something that loads a new page, and waits until the new page is there. */

}

package org.tandem.venues;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.tandem.testing.InBrowser;
import org.tandem.testing.TestBrowser;

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

	static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	@LocalServerPort
	int port;

	ChromeDriver browser;

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void theCoordinatorRegistersAProgrammeAndAVenueOnA360PixelPhone() {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		String programme = "Autumn 2026 " + suffix;
		String venue = "Skelleftea city library " + suffix;
		this.browser = TestBrowser.start(360, 740);
		this.browser.get(url("/login"));
		signIn("coordinator", "tandem-demo-2026");
		clickAndWait(By.linkText("English"));

		clickAndWait(By.linkText("Programmes"));
		assertThat(heading()).isEqualTo("Programmes");
		assertAccessible("programme list");
		clickAndWait(By.linkText("New programme"));
		type("name", programme);
		setValue("termStart", "2026-08-20");
		setValue("termEnd", "2026-12-18");
		assertAccessible("new programme form");
		clickAndWait(By.xpath("//button[normalize-space()='Create programme']"));
		assertThat(heading()).isEqualTo(programme);
		assertThat(this.browser.findElement(By.cssSelector("[role=status]")).getText())
			.isEqualTo("The programme is saved.");
		assertAccessible("programme page");

		clickAndWait(By.linkText("Venues"));
		assertThat(heading()).isEqualTo("Venues");
		assertAccessible("venue list");
		assertFitsTheScreen("venue list");
		clickAndWait(By.linkText("New venue"));
		assertAccessible("new venue form");
		assertFitsTheScreen("new venue form");

		clickAndWait(By.xpath("//button[normalize-space()='Create venue']"));
		assertThat(this.browser.findElement(By.id("name-error")).getText()).isEqualTo("Fill in this field.");
		assertThat(this.browser.findElement(By.id("name")).getAttribute("aria-invalid")).isEqualTo("true");
		assertAccessible("new venue form with errors");
		assertFitsTheScreen("new venue form with errors");

		type("name", venue);
		new Select(this.browser.findElement(By.id("kind"))).selectByVisibleText("Library");
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
		this.browser.findElement(By.xpath("//label[normalize-space()='Hearing loop']")).click();
		this.browser.findElement(By.xpath("//label[normalize-space()='" + programme + "']")).click();
		type("phone", "0910-73 50 00");
		clickAndWait(By.xpath("//button[normalize-space()='Create venue']"));

		assertThat(heading()).isEqualTo(venue);
		assertThat(this.browser.findElement(By.cssSelector("[role=status]")).getText())
			.isEqualTo("The venue is saved.");
		assertThat(this.browser.findElement(By.tagName("main")).getText()).contains("931 85 Skellefteå", "Study room",
				"10:00 to 19:00", "Hearing loop", programme);
		assertAccessible("venue page");
		assertFitsTheScreen("venue page");

		clickAndWait(By.linkText("Edit venue"));
		assertThat(this.browser.findElement(By.id("rooms0.name")).getAttribute("value")).isEqualTo("Study room");
		assertAccessible("edit venue form");

		clickAndWait(By.linkText("Venues"));
		type("search", suffix);
		clickAndWait(By.xpath("//button[normalize-space()='Show venues']"));
		assertThat(this.browser.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("1 venue");
		assertThat(this.browser.findElement(By.linkText(venue)).isDisplayed()).isTrue();
		assertAccessible("venue list with a search");
		assertFitsTheScreen("venue list with a search");
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private void signIn(String username, String password) {
		type("username", username);
		type("password", password);
		clickAndWait(By.cssSelector("main button[type=submit]"));
	}

	private void type(String id, String text) {
		WebElement field = this.browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	/**
	 * Date and time inputs take keys in the browser's locale; set their value directly.
	 */
	private void setValue(String id, String value) {
		this.browser.executeScript("arguments[0].value = arguments[1];", this.browser.findElement(By.id(id)), value);
	}

	/** Clicks something that loads a new page, and waits until the new page is there. */
	private void clickAndWait(By target) {
		WebElement oldPage = this.browser.findElement(By.tagName("html"));
		this.browser.findElement(target).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(oldPage));
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until((driver) -> "complete".equals(this.browser.executeScript("return document.readyState")));
	}

	private String heading() {
		return this.browser.findElement(By.tagName("h1")).getText();
	}

	private void assertFitsTheScreen(String page) {
		Object overflow = this.browser
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		assertThat(((Number) overflow).intValue()).as("horizontal scrolling on the " + page).isLessThanOrEqualTo(0);
	}

	private void assertAccessible(String page) {
		Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze((WebDriver) this.browser);
		List<Rule> serious = results.getViolations()
			.stream()
			.filter((rule) -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.toList();
		assertThat(serious).as("serious or critical axe-core violations on the " + page + ": " + describe(serious))
			.isEmpty();
		assertThat(results.getPasses()).as("axe-core ran rules on the " + page).isNotEmpty();
	}

	private static String describe(List<Rule> rules) {
		return rules.stream()
			.map((rule) -> rule.getId() + " (" + rule.getImpact() + "): "
					+ rule.getNodes()
						.stream()
						.map((node) -> String.valueOf(node.getTarget()))
						.collect(Collectors.joining(", ")))
			.collect(Collectors.joining("; "));
	}

}

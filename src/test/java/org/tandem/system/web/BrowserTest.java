package org.tandem.system.web;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.tandem.testing.InBrowser;
import org.tandem.testing.TestBrowser;

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

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	@Test
	void theCoordinatorSignsInSwitchesToSwedishAndSignsOut() {
		this.browser = TestBrowser.start(1280, 900);
		this.browser.get(url("/"));

		assertThat(this.browser.getCurrentUrl()).endsWith("/login");
		assertThat(heading()).isEqualTo("Log in to Tandem");
		assertAccessible("login page");

		signIn("coordinator", "tandem-demo-2026");
		language("English");
		assertThat(heading()).isEqualTo("Welcome, Karin Koordinator");
		assertAccessible("start page");

		language("Svenska");
		assertThat(heading()).isEqualTo("Välkommen, Karin Koordinator");
		assertThat(this.browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("sv");
		assertThat(this.browser.findElement(By.cssSelector("nav.main-nav")).getText()).contains("API-nycklar")
			.doesNotContain("Användare");
		assertAccessible("start page in Swedish");

		clickAndWait(By.xpath("//button[normalize-space()='Logga ut']"));
		assertThat(this.browser.getCurrentUrl()).contains("/login?logout");
		assertThat(heading()).isEqualTo("Logga in i Tandem");
		assertThat(this.browser.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("Du har loggat ut.");
	}

	@Test
	void theAdminsPagesWorkOnA360PixelPhone() {
		this.browser = TestBrowser.start(360, 740);
		this.browser.get(url("/login"));
		assertFitsTheScreen("login page");

		signIn("admin", "tandem-demo-2026");
		language("English");
		assertFitsTheScreen("start page");
		clickAndWait(By.linkText("Users"));
		assertThat(heading()).isEqualTo("Users");
		assertAccessible("users page");

		clickAndWait(By.linkText("New user"));
		clickAndWait(By.xpath("//button[normalize-space()='Create user']"));
		assertThat(this.browser.findElement(By.id("displayName-error")).getText()).isEqualTo("Fill in this field.");
		assertThat(this.browser.findElement(By.id("displayName")).getAttribute("aria-invalid")).isEqualTo("true");
		assertAccessible("new user form with errors");
		assertFitsTheScreen("new user form with errors");
	}

	@Test
	void theFirstTabStopSkipsToTheContent() {
		this.browser = TestBrowser.start(1280, 900);
		this.browser.get(url("/login"));

		this.browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
		WebElement focused = this.browser.switchTo().activeElement();

		assertThat(focused.getText()).isEqualTo("Skip to main content");
		assertThat(focused.getCssValue("outline-style")).isEqualTo("solid");
	}

	@Test
	void aMissingPageShowsAFriendlyPageNotAStackTrace() {
		this.browser = TestBrowser.start(1280, 900);
		this.browser.get(url("/login"));
		signIn("mentor", "tandem-demo-2026");
		language("English");

		this.browser.get(url("/no/such/page"));
		assertThat(heading()).isEqualTo("We could not find that page");
		this.browser.get(url("/admin/users"));
		assertThat(heading()).isEqualTo("You do not have access to this page");
		assertThat(this.browser.getPageSource()).doesNotContain("Exception", "at org.");
		assertAccessible("403 page");
	}

	private void signIn(String username, String password) {
		this.browser.findElement(By.id("username")).sendKeys(username);
		this.browser.findElement(By.id("password")).sendKeys(password);
		clickAndWait(By.cssSelector("main button[type=submit]"));
	}

	private void language(String name) {
		clickAndWait(By.linkText(name));
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

package org.tandem.curriculum.web;

import java.time.Duration;
import java.util.List;
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
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.tandem.testing.InBrowser;
import org.tandem.testing.TestBrowser;

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
	void theAdminBrowsesTheCurriculumAndItsEditForms() {
		this.browser = TestBrowser.start(1280, 900);
		this.browser.get(url("/login"));
		signIn("admin", "tandem-demo-2026");
		language("English");

		clickAndWait(By.linkText("Curriculum"));
		assertThat(heading()).isEqualTo("Curriculum");
		assertThat(this.browser.findElements(By.cssSelector("main tbody tr"))).hasSizeGreaterThanOrEqualTo(15);
		assertAccessible("curriculum");

		clickAndWait(By.linkText("Swish"));
		assertThat(heading()).isEqualTo("Swish");
		assertThat(this.browser.findElement(By.cssSelector("main table")).getText()).contains(
				"Send money to a contact with Swish", "2.3 Engaging in citizenship through digital technologies",
				"2 - Foundation");
		assertAccessible("topic page");

		clickAndWait(By.linkText("Edit topic"));
		this.browser.findElement(By.id("nameEn")).clear();
		clickAndWait(By.xpath("//button[normalize-space()='Save changes']"));
		assertThat(this.browser.findElement(By.id("nameEn-error")).getText()).isEqualTo("Fill in this field.");
		assertThat(this.browser.findElement(By.id("nameEn")).getAttribute("aria-invalid")).isEqualTo("true");
		assertAccessible("topic form with errors");

		clickAndWait(By.linkText("Back to Swish"));
		clickAndWait(By.cssSelector("a[aria-label^='Edit step: Send money to a contact']"));
		assertThat(heading()).isEqualTo("Edit step");
		assertThat(this.browser.findElement(By.id("competence")).getAttribute("value")).isEqualTo("2.3");
		assertAccessible("step form");

		clickAndWait(By.linkText("Back to Swish"));
		clickAndWait(By.linkText("Add a step"));
		clickAndWait(By.xpath("//button[normalize-space()='Add step']"));
		assertThat(this.browser.findElement(By.id("competence-error")).getText()).isNotBlank();
		assertAccessible("new step form with errors");
	}

	@Test
	void theCoordinatorReadsTheCurriculumInSwedishOnAPhone() {
		this.browser = TestBrowser.start(360, 740);
		this.browser.get(url("/login"));
		signIn("coordinator", "tandem-demo-2026");
		language("Svenska");

		clickAndWait(By.linkText("Kursplan"));
		assertThat(heading()).isEqualTo("Kursplan");
		assertThat(this.browser.findElements(By.linkText("Nytt ämne"))).isEmpty();
		assertAccessible("curriculum in Swedish");
		assertFitsTheScreen("curriculum in Swedish");

		clickAndWait(By.linkText("Känna igen bedrägerier"));
		assertThat(heading()).isEqualTo("Känna igen bedrägerier");
		assertThat(this.browser.findElement(By.cssSelector("main table")).getText())
			.contains("Lämna aldrig ut BankID-koder");
		assertThat(this.browser.findElements(By.linkText("Ändra ämnet"))).isEmpty();
		assertAccessible("topic page in Swedish");
		assertFitsTheScreen("topic page in Swedish");
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

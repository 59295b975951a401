package org.tandem.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
 * The demo coordinator imports a class list with one bad row in a real headless Chromium,
 * on a 360 px phone: the preview names the row's line and what to correct, and axe-core
 * finds no serious or critical WCAG 2.1 AA violation on either page.
 */
@InBrowser
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
class ImportBrowserTest {

	static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	@LocalServerPort
	int port;

	@TempDir
	Path folder;

	ChromeDriver browser;

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void theCoordinatorUploadsAListAndSeesTheBadRowWithItsLine() throws IOException {
		Path file = this.folder.resolve("seniorer-kage.csv");
		Files.write(file, TableReaderTest.resource("seniors-utf8-bom.csv"));
		this.browser = TestBrowser.start(360, 740);
		this.browser.get("http://localhost:" + this.port + "/login");
		this.browser.findElement(By.id("username")).sendKeys("coordinator");
		this.browser.findElement(By.id("password")).sendKeys("tandem-demo-2026");
		clickAndWait(By.cssSelector("main button[type=submit]"));
		clickAndWait(By.linkText("Svenska"));

		clickAndWait(By.linkText("Importera"));
		assertThat(heading()).isEqualTo("Importera mentorer eller seniorer");
		assertAccessible("upload page");
		this.browser.findElement(By.id("kind-SENIOR")).click();
		this.browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
		clickAndWait(By.xpath("//button[normalize-space()='Ladda upp och kontrollera']"));

		assertThat(heading()).isEqualTo("Import av seniorer-kage.csv");
		List<WebElement> cells = this.browser.findElements(By.cssSelector("#problems ~ .table-wrap tbody tr td"));
		assertThat(cells).extracting(WebElement::getText)
			.containsExactly("5", "Födelseår", "19xx", "Skriv födelseåret med fyra siffror, till exempel 1942.");
		assertThat(this.browser.findElement(By.tagName("main")).getText()).contains("3 nya seniorer att importera")
			.contains("Du kan importera när alla rader är rätt");
		assertAccessible("preview with a bad row");
		assertFitsTheScreen("preview with a bad row");
	}

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

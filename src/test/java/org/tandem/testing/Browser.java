package org.tandem.testing;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person at a real headless Chromium, as the browser tests need one: opens pages of the
 * application under test, signs in, clicks and waits for the next page, and checks each
 * page with axe-core against WCAG 2.1 A and AA (no violation of any impact).
 */
public final class Browser implements AutoCloseable {

	static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private final ChromeDriver driver;

	private final int port;

	private Browser(ChromeDriver driver, int port) {
		this.driver = driver;
		this.port = port;
	}

	/**
	 * A browser window of {@code width} by {@code height} CSS pixels on the app at
	 * {@code port}.
	 */
	public static Browser open(int width, int height, int port) {
		return new Browser(TestBrowser.start(width, height), port);
	}

	public ChromeDriver driver() {
		return this.driver;
	}

	public void get(String path) {
		this.driver.get("http://localhost:" + this.port + path);
	}

	public String currentUrl() {
		return this.driver.getCurrentUrl();
	}

	public WebElement find(By by) {
		return this.driver.findElement(by);
	}

	/** Fills in the login form on the current page and waits for the next page. */
	public void signIn(String username, String password) {
		find(By.id("username")).sendKeys(username);
		find(By.id("password")).sendKeys(password);
		clickAndWait(By.cssSelector("main button[type=submit]"));
	}

	public void language(String name) {
		clickAndWait(By.linkText(name));
	}

	/** Clicks something that loads a new page, and waits until the new page is there. */
	public void clickAndWait(By target) {
		WebElement oldPage = find(By.tagName("html"));
		find(target).click();
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until((driver) -> gone(oldPage));
		new WebDriverWait(this.driver, Duration.ofSeconds(10))
			.until((driver) -> "complete".equals(this.driver.executeScript("return document.readyState")));
	}

	/**
	 * Whether an element's page has been replaced. Chromium sometimes answers a question
	 * about an element of the old page with an "inspector error" instead of the usual
	 * stale element error; both mean the old page is gone.
	 */
	private static boolean gone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (WebDriverException replaced) {
			return true;
		}
	}

	public String heading() {
		return find(By.tagName("h1")).getText();
	}

	public void assertFitsTheScreen(String page) {
		Object overflow = this.driver
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		assertThat(((Number) overflow).intValue()).as("horizontal scrolling on the " + page).isLessThanOrEqualTo(0);
	}

	public void assertAccessible(String page) {
		Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze((WebDriver) this.driver);
		List<Rule> violations = results.getViolations();
		assertThat(violations).as("axe-core violations on the " + page + ": " + describe(violations)).isEmpty();
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

	@Override
	public void close() {
		this.driver.quit();
	}

}

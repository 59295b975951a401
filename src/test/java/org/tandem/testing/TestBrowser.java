package org.tandem.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium from the machine's packages ({@code /usr/bin/chromium} and
 * {@code /usr/bin/chromedriver}, or {@code TANDEM_TEST_CHROMIUM} and
 * {@code TANDEM_TEST_CHROMEDRIVER}). Nothing is ever downloaded. Without a browser the
 * browser tests are skipped on a developer's machine and fail the build when
 * {@code CI=true}.
 */
public final class TestBrowser implements ExecutionCondition {

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (Files.isExecutable(chromium()) && Files.isExecutable(chromedriver())) {
			return ConditionEvaluationResult.enabled("Chromium at " + chromium());
		}
		if (TestEnvironment.isCi()) {
			throw new IllegalStateException("CI=true but no Chromium/ChromeDriver at " + chromium() + " and "
					+ chromedriver() + ": browser tests cannot be skipped");
		}
		return ConditionEvaluationResult.disabled("No Chromium at " + chromium() + "; see README, 'Running the tests'");
	}

	/** Starts a headless Chromium with a window of the given size in CSS pixels. */
	public static ChromeDriver start(int width, int height) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chromium().toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--lang=en-GB", "--window-size=" + width + "," + height);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(chromedriver().toString()))
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
		driver.manage().window().setSize(new Dimension(width, height));
		return driver;
	}

	static Path chromium() {
		return Path.of(TestEnvironment.setting("TANDEM_TEST_CHROMIUM").orElse("/usr/bin/chromium"));
	}

	static Path chromedriver() {
		return Path.of(TestEnvironment.setting("TANDEM_TEST_CHROMEDRIVER").orElse("/usr/bin/chromedriver"));
	}

}

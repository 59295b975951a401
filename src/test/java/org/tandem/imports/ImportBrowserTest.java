package org.tandem.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.tandem.testing.InBrowser;
import org.tandem.testing.Browser;

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

	@LocalServerPort
	int port;

	@TempDir
	Path folder;

	Browser browser;

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void theCoordinatorUploadsAListAndSeesTheBadRowWithItsLine() throws IOException {
		Path file = this.folder.resolve("seniorer-kage.csv");
		Files.write(file, TableReaderTest.resource("seniors-utf8-bom.csv"));
		this.browser = Browser.open(360, 740, this.port);
		this.browser.get("/login");
		this.browser.find(By.id("username")).sendKeys("coordinator");
		this.browser.find(By.id("password")).sendKeys("tandem-demo-2026");
		this.browser.clickAndWait(By.cssSelector("main button[type=submit]"));
		this.browser.clickAndWait(By.linkText("Svenska"));

		this.browser.clickAndWait(By.linkText("Importera"));
		assertThat(this.browser.heading()).isEqualTo("Importera mentorer, seniorer eller platser");
		this.browser.assertAccessible("upload page");
		this.browser.find(By.id("kind-SENIOR")).click();
		this.browser.find(By.id("file")).sendKeys(file.toAbsolutePath().toString());
		this.browser.clickAndWait(By.xpath("//button[normalize-space()='Ladda upp och kontrollera']"));

		assertThat(this.browser.heading()).isEqualTo("Import av seniorer-kage.csv");
		List<WebElement> cells = this.browser.driver()
			.findElements(By.cssSelector("#problems ~ .table-wrap tbody tr td"));
		assertThat(cells).extracting(WebElement::getText)
			.containsExactly("5", "Födelseår", "19xx", "Skriv födelseåret med fyra siffror, till exempel 1942.");
		assertThat(this.browser.find(By.tagName("main")).getText()).contains("3 nya seniorer att importera")
			.contains("Du kan importera när alla rader är rätt");
		this.browser.assertAccessible("preview with a bad row");
		this.browser.assertFitsTheScreen("preview with a bad row");
	}

}

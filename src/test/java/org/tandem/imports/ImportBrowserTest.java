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
 * The demo coordinator imports a class list with one bad row, and a list of venues with
 * bad rows, in a real headless Chromium on a 360 px phone: the preview names each row's
 * line and what to correct, and axe-core finds no serious or critical WCAG 2.1 AA
 * violation on any page.
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

	@Test
	void theCoordinatorUploadsAListOfVenuesAndSeesEachBadRowWithItsLine() throws IOException {
		Path file = this.folder.resolve("platser-skelleftea.csv");
		Files.write(file, TableReaderTest.resource("venues-utf8-bom.csv"));
		this.browser = Browser.open(360, 740, this.port);
		this.browser.get("/login");
		this.browser.signIn("coordinator", "tandem-demo-2026");
		this.browser.language("Svenska");

		this.browser.clickAndWait(By.linkText("Importera"));
		this.browser.find(By.id("kind-VENUE")).click();
		this.browser.find(By.id("file")).sendKeys(file.toAbsolutePath().toString());
		this.browser.clickAndWait(By.xpath("//button[normalize-space()='Ladda upp och kontrollera']"));

		assertThat(this.browser.heading()).isEqualTo("Import av platser-skelleftea.csv");
		List<WebElement> rows = this.browser.driver().findElements(By.cssSelector("#problems ~ .table-wrap tbody tr"));
		assertThat(rows).hasSize(5);
		assertThat(rows.get(0).findElements(By.tagName("td"))).extracting(WebElement::getText)
			.containsExactly("4", "Postnummer", "934 3X", "Skriv postnumret med fem siffror, till exempel 931 85.");
		assertThat(rows.get(4).findElements(By.tagName("td"))).extracting(WebElement::getText)
			.containsExactly("9", "Länk", "–", "En digital plats behöver en länk till sitt mötesrum.");
		// The demo already has the town library, so it is skipped, like its repeat in the
		// file.
		assertThat(this.browser.find(By.tagName("main")).getText()).contains("3 nya platser att importera")
			.contains("2 rader namnger en plats som redan finns i Tandem")
			.contains("Du kan importera när alla rader är rätt");
		assertThat(this.browser.find(By.id("field-1")).getText()).contains("Typ av plats").doesNotContain("Födelseår");
		this.browser.assertAccessible("preview of venues with bad rows");
		this.browser.assertFitsTheScreen("preview of venues with bad rows");
	}

}

package org.tandem.notifications;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.tandem.organisations.Organisation;
import org.tandem.organisations.Organisations;
import org.tandem.people.People;
import org.tandem.people.PersonId;
import org.tandem.people.PersonKind;
import org.tandem.people.PersonQuery;
import org.tandem.system.Tenancy;
import org.tandem.testing.Browser;
import org.tandem.testing.InBrowser;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo coordinator, on a 360 px phone, finds a reminder that could not be sent (the
 * demo has no SMS provider) at the top of the messages page, sees why, and tries it
 * again; axe-core checks the page against WCAG 2.1 A and AA.
 */
@InBrowser
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
class MessagesBrowserTest {

	static final String DEMO = "Tandem Demo – Skellefteå";

	@LocalServerPort
	int port;

	@Autowired
	Organisations organisations;

	@Autowired
	People people;

	@Autowired
	Notifications notifications;

	@Autowired
	Tenancy tenancy;

	@Autowired
	Clock clock;

	Browser browser;

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void theCoordinatorSeesAFailedReminderFirstAndTriesItAgainOnA360PixelPhone() {
		Organisation demo = this.organisations.findByName(DEMO).orElseThrow();
		String name = this.tenancy.callAs(demo.id(), () -> {
			var senior = this.people.page(PersonQuery.all(PersonKind.SENIOR)).items().get(0);
			PersonId recipient = senior.id();
			this.notifications.enqueue(new OutgoingMessage(recipient, Channel.SMS, "+46701234567", Notices.SWEDISH,
					Notices.atTheLibrary(MessageKind.REMINDER), "reminder:" + UUID.randomUUID(), this.clock.instant()));
			return senior.fullName();
		});
		this.notifications.deliverDue();

		this.browser = Browser.open(360, 740, this.port);
		this.browser.get("/login");
		this.browser.signIn("coordinator", "tandem-demo-2026");
		this.browser.clickAndWait(By.linkText("English"));
		this.browser.clickAndWait(By.linkText("Messages"));

		assertThat(this.browser.heading()).isEqualTo("Messages");
		String firstRow = this.browser.find(By.cssSelector("tbody tr")).getText();
		assertThat(firstRow).contains(name, "Reminder", "Text message", "Failed",
				"No e-mail server or SMS provider is set up for this channel.", "No SMS provider configured");
		this.browser.assertAccessible("messages page");
		this.browser.assertFitsTheScreen("messages page");

		new Select(this.browser.find(By.id("status"))).selectByVisibleText("Failed");
		this.browser.clickAndWait(By.xpath("//button[normalize-space()='Show messages']"));
		assertThat(this.browser.find(By.cssSelector("tbody tr")).getText()).contains(name, "Failed");
		this.browser.assertAccessible("failed messages");

		this.browser.clickAndWait(By.xpath("(//button[normalize-space()='Try again'])[1]"));
		assertThat(this.browser.find(By.cssSelector(".notice[role=status]")).getText())
			.isEqualTo("The message is queued again and will be sent shortly.");
		this.browser.assertAccessible("messages page after trying again");
		this.browser.assertFitsTheScreen("messages page after trying again");
	}

}

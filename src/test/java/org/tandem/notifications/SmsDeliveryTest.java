package org.tandem.notifications;

import java.time.Duration;
import java.util.function.Supplier;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.BasicCredentials;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.tandem.organisations.TestOrganisation;
import org.tandem.organisations.TestOrganisations;
import org.tandem.system.Role;
import org.tandem.system.Tenancy;
import org.tandem.testing.MutableClock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Text messages from the outbox through the 46elks client and a local stand-in for
 * 46elks: a refusal is retried with backoff (1, 5 and 30 minutes) until the provider
 * takes the message, and a message still refused after the last attempt fails, shows up
 * as failed in the API, and can be tried again.
 */
@OutboxTest
@ExtendWith(OutputCaptureExtension.class)
class SmsDeliveryTest {

	@Autowired
	Notifications notifications;

	@Autowired
	TestOrganisations testOrganisations;

	@Autowired
	Tenancy tenancy;

	@Autowired
	MutableClock clock;

	@Autowired
	MockMvc mvc;

	final WireMockServer elks = OutboxServers.elks();

	TestOrganisation skelleftea;

	String number;

	@BeforeEach
	void anOrganisationAndANumber() {
		this.skelleftea = this.testOrganisations.create("Skellefteå");
		this.number = Notices.uniquePhone();
	}

	<T> T in(Supplier<T> work) {
		return this.tenancy.callAs(this.skelleftea.organisation().id(), work);
	}

	Message enqueueReminder() {
		OutgoingMessage reminder = Notices.reminder(Notices.someone(), Channel.SMS, this.number, Notices.SWEDISH,
				this.clock.instant());
		in(() -> this.notifications.enqueue(reminder));
		return in(() -> this.notifications.messageFor(reminder.dedupeKey())).orElseThrow();
	}

	Message reread(Message message) {
		return in(() -> this.notifications.message(message.id()));
	}

	int requestsToTheNumber() {
		return this.elks.findAll(postRequestedFor(urlEqualTo("/a1/sms")).withFormParam("to", equalTo(this.number)))
			.size();
	}

	@Test
	void aRefusedTextIsTriedAgainAfterAMinuteAndThenSent() {
		String scenario = "credits for " + this.number;
		this.elks.stubFor(post("/a1/sms").withFormParam("to", equalTo(this.number))
			.inScenario(scenario)
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(402).withBody("Not enough credits"))
			.willSetStateTo("topped up"));
		this.elks.stubFor(post("/a1/sms").withFormParam("to", equalTo(this.number))
			.inScenario(scenario)
			.whenScenarioStateIs("topped up")
			.willReturn(okJson("{\"status\": \"created\", \"id\": \"s0123456789abcdef\", \"parts\": 1}")));
		Message queued = enqueueReminder();

		this.notifications.deliverDue();

		Message refused = reread(queued);
		assertThat(refused.status()).isEqualTo(MessageStatus.QUEUED);
		assertThat(refused.attempts()).isEqualTo(1);
		assertThat(refused.problem()).isEqualTo(DeliveryProblem.PROVIDER_ERROR);
		assertThat(refused.lastError()).isEqualTo("46elks answered 402: Not enough credits");
		assertThat(refused.nextAttemptAt()).isEqualTo(Notices.stored(this.clock.instant().plus(Duration.ofMinutes(1))));

		this.notifications.deliverDue();
		assertThat(requestsToTheNumber()).as("not retried before its time").isEqualTo(1);

		this.clock.advance(Duration.ofMinutes(1));
		this.notifications.deliverDue();

		Message sent = reread(queued);
		assertThat(sent.status()).isEqualTo(MessageStatus.SENT);
		assertThat(sent.attempts()).isEqualTo(2);
		assertThat(sent.providerMessageId()).isEqualTo("s0123456789abcdef");
		assertThat(sent.lastError()).isNull();
		assertThat(requestsToTheNumber()).isEqualTo(2);
		this.elks.verify(2, postRequestedFor(urlEqualTo("/a1/sms")).withFormParam("to", equalTo(this.number))
			.withBasicAuth(new BasicCredentials(OutboxServers.ELKS_USERNAME, OutboxServers.ELKS_PASSWORD))
			.withFormParam("from", equalTo("Tandem"))
			.withFormParam("message", equalTo("Påminnelse: Tandem tisdag 1 december kl. 14.00-15.00, Kåge bibliotek, "
					+ "Kåge byväg 20, Rum 2. Med Amir. Hälsningar Skellefteå kommun. " + "Svara inte på detta sms.")));
	}

	@Test
	void aTextRefusedEveryTimeFailsAfterTheLastAttemptAndCanBeTriedAgain(CapturedOutput log) throws Exception {
		this.elks.stubFor(post("/a1/sms").withFormParam("to", equalTo(this.number))
			.willReturn(aResponse().withStatus(403).withBody("Invalid to number " + this.number)));
		Message queued = enqueueReminder();

		this.notifications.deliverDue();
		assertThat(reread(queued).nextAttemptAt())
			.isEqualTo(Notices.stored(this.clock.instant().plus(Duration.ofMinutes(1))));
		this.clock.advance(Duration.ofMinutes(1));
		this.notifications.deliverDue();
		assertThat(reread(queued).nextAttemptAt())
			.isEqualTo(Notices.stored(this.clock.instant().plus(Duration.ofMinutes(5))));
		this.clock.advance(Duration.ofMinutes(5));
		this.notifications.deliverDue();
		assertThat(reread(queued).nextAttemptAt())
			.isEqualTo(Notices.stored(this.clock.instant().plus(Duration.ofMinutes(30))));
		assertThat(reread(queued).status()).isEqualTo(MessageStatus.QUEUED);
		this.clock.advance(Duration.ofMinutes(30));
		this.notifications.deliverDue();

		Message failed = reread(queued);
		assertThat(failed.status()).isEqualTo(MessageStatus.FAILED);
		assertThat(failed.attempts()).isEqualTo(4);
		assertThat(failed.lastError()).isEqualTo("46elks answered 403: Invalid to number …");
		this.clock.advance(Duration.ofHours(2));
		this.notifications.deliverDue();
		assertThat(requestsToTheNumber()).as("no attempt after the last").isEqualTo(4);

		String coordinator = this.skelleftea.bearer(Role.COORDINATOR);
		this.mvc.perform(get("/api/v1/messages").param("status", "FAILED").header("Authorization", coordinator))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id", hasItem(queued.id().toString())))
			.andExpect(jsonPath("$.items[0].status").value("FAILED"))
			.andExpect(jsonPath("$.items[0].attempts").value(4))
			.andExpect(jsonPath("$.items[0].problem").value("PROVIDER_ERROR"))
			.andExpect(jsonPath("$.items[0].lastError").value("46elks answered 403: Invalid to number …"));

		this.elks.stubFor(post("/a1/sms").withFormParam("to", equalTo(this.number))
			.willReturn(okJson("{\"status\": \"created\", \"id\": \"s42\"}")));
		this.mvc
			.perform(MockMvcRequestBuilders.post("/api/v1/messages/" + queued.id() + "/retry")
				.header("Authorization", coordinator))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("QUEUED"))
			.andExpect(jsonPath("$.attempts").value(0));
		this.notifications.deliverDue();

		assertThat(reread(queued).status()).isEqualTo(MessageStatus.SENT);
		assertThat(requestsToTheNumber()).isEqualTo(5);
		assertThat(log.getAll()).as("the log names the message, never the number or the text")
			.contains(queued.id().toString())
			.doesNotContain(this.number, this.number.substring(1), "Påminnelse", "Kåge", "Amir");
	}

}

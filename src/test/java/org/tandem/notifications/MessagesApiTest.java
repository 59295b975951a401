package org.tandem.notifications;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.tandem.organisations.TestOrganisation;
import org.tandem.organisations.TestOrganisations;
import org.tandem.people.People;
import org.tandem.people.PersonId;
import org.tandem.system.Role;
import org.tandem.system.Tenancy;
import org.tandem.testing.MutableClock;
import org.tandem.testing.TandemTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The outbox through the JSON API, in an installation with no mail server and no SMS
 * provider (as the demo): messages fail at once saying why, and coordinators and admins
 * list them (failures first), try them again and set people's opt-outs; nobody else may,
 * another organisation's messages and people are not there, and bad input is named.
 */
@TandemTest
class MessagesApiTest {

	static final String NO_SMS = "No SMS provider configured (set tandem.sms.46elks.username and password)";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestOrganisations testOrganisations;

	@Autowired
	Notifications notifications;

	@Autowired
	People people;

	@Autowired
	OptOutRepository optOutRecords;

	@Autowired
	Tenancy tenancy;

	@Autowired
	MutableClock clock;

	TestOrganisation skelleftea;

	TestOrganisation lulea;

	PersonId astrid;

	Message failed;

	Message waiting;

	Message elsewhere;

	Message dueAfterTheOptOut;

	@BeforeEach
	void messagesInTwoOrganisations() {
		this.skelleftea = this.testOrganisations.create("Skellefteå");
		this.lulea = this.testOrganisations.create("Luleå");
		this.astrid = in(this.skelleftea, () -> Recipients.senior(this.people, "Astrid", "Lind"));
		this.failed = enqueue(this.skelleftea, Channel.SMS, "+46701234567", Duration.ZERO);
		this.waiting = enqueue(this.skelleftea, Channel.EMAIL, "astrid@example.se", Duration.ofDays(7));
		this.elsewhere = enqueue(this.lulea, Channel.SMS, "+46709876543", Duration.ZERO);
		this.notifications.deliverDue();
	}

	<T> T in(TestOrganisation organisation, Supplier<T> work) {
		return this.tenancy.callAs(organisation.organisation().id(), work);
	}

	Message enqueue(TestOrganisation organisation, Channel channel, String address, Duration fromNow) {
		OutgoingMessage reminder = Notices.reminder(this.astrid, channel, address, Notices.SWEDISH,
				this.clock.instant().plus(fromNow));
		in(organisation, () -> this.notifications.enqueue(reminder));
		return in(organisation, () -> this.notifications.messageFor(reminder.dedupeKey())).orElseThrow();
	}

	String coordinator() {
		return this.skelleftea.bearer(Role.COORDINATOR);
	}

	@Test
	void withoutAnSmsProviderATextFailsAtOnceSayingSo() {
		Message message = in(this.skelleftea, () -> this.notifications.message(this.failed.id()));

		assertThat(message.status()).isEqualTo(MessageStatus.FAILED);
		assertThat(message.attempts()).isEqualTo(1);
		assertThat(message.problem()).isEqualTo(DeliveryProblem.NOT_CONFIGURED);
		assertThat(message.lastError()).isEqualTo(NO_SMS);
	}

	@Test
	void withoutAMailServerAnEmailFailsAtOnceSayingSo() {
		Message email = enqueue(this.skelleftea, Channel.EMAIL, "astrid@example.se", Duration.ZERO);

		this.notifications.deliverDue();

		Message message = in(this.skelleftea, () -> this.notifications.message(email.id()));
		assertThat(message.status()).isEqualTo(MessageStatus.FAILED);
		assertThat(message.lastError()).isEqualTo("No e-mail server configured (set spring.mail.host)");
	}

	@Test
	void coordinatorsAndAdminsListTheirOrganisationsMessagesFailuresFirst() throws Exception {
		for (Role role : List.of(Role.COORDINATOR, Role.ADMIN)) {
			this.mvc.perform(get("/api/v1/messages").header("Authorization", this.skelleftea.bearer(role)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.totalItems").value(2))
				.andExpect(jsonPath("$.items", hasSize(2)))
				.andExpect(jsonPath("$.items[0].id").value(this.failed.id().toString()))
				.andExpect(jsonPath("$.items[0].recipientId").value(this.astrid.toString()))
				.andExpect(jsonPath("$.items[0].kind").value("REMINDER"))
				.andExpect(jsonPath("$.items[0].channel").value("SMS"))
				.andExpect(jsonPath("$.items[0].status").value("FAILED"))
				.andExpect(jsonPath("$.items[0].problem").value("NOT_CONFIGURED"))
				.andExpect(jsonPath("$.items[0].lastError").value(NO_SMS))
				.andExpect(jsonPath("$.items[0].address").doesNotExist())
				.andExpect(jsonPath("$.items[1].id").value(this.waiting.id().toString()))
				.andExpect(jsonPath("$.items[1].status").value("QUEUED"));
		}
	}

	@Test
	void listsOneStatusAPageAtATime() throws Exception {
		this.mvc.perform(get("/api/v1/messages").param("status", "QUEUED").header("Authorization", coordinator()))
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].id").value(this.waiting.id().toString()));
		this.mvc.perform(
				get("/api/v1/messages").param("size", "1").param("page", "1").header("Authorization", coordinator()))
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.size").value(1))
			.andExpect(jsonPath("$.totalItems").value(2))
			.andExpect(jsonPath("$.items[0].id").value(this.waiting.id().toString()));
		this.mvc.perform(get("/api/v1/messages/" + this.failed.id()).header("Authorization", coordinator()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.dedupeKey").value(this.failed.dedupeKey()));
	}

	@Test
	void aFailedMessageTriedAgainIsQueuedAndOnlyAFailedOneCanBe() throws Exception {
		this.mvc.perform(post("/api/v1/messages/" + this.failed.id() + "/retry").header("Authorization", coordinator()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("QUEUED"))
			.andExpect(jsonPath("$.attempts").value(0))
			.andExpect(jsonPath("$.problem").doesNotExist());

		this.mvc
			.perform(post("/api/v1/messages/" + this.failed.id() + "/retry").header("Authorization", coordinator())
				.header("Accept-Language", "sv"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("status"))
			.andExpect(jsonPath("$.errors[0].rule").value("OnlyFailedMessages"))
			.andExpect(jsonPath("$.errors[0].message").value("Bara ett meddelande som misslyckades kan skickas igen."));
	}

	@Test
	void nobodyButCoordinatorsAndAdminsMayUseTheOutbox() throws Exception {
		for (Role role : List.of(Role.MENTOR, Role.SENIOR, Role.VENUE_STAFF, Role.ANALYST)) {
			String token = this.skelleftea.bearer(role);
			this.mvc.perform(get("/api/v1/messages").header("Authorization", token))
				.andExpect(status().isForbidden())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
			this.mvc.perform(get("/api/v1/messages/" + this.failed.id()).header("Authorization", token))
				.andExpect(status().isForbidden());
			this.mvc.perform(post("/api/v1/messages/" + this.failed.id() + "/retry").header("Authorization", token))
				.andExpect(status().isForbidden());
			this.mvc.perform(put("/api/v1/people/" + this.astrid + "/opt-outs/REMINDER").header("Authorization", token))
				.andExpect(status().isForbidden());
			this.mvc
				.perform(delete("/api/v1/people/" + this.astrid + "/opt-outs/REMINDER").header("Authorization", token))
				.andExpect(status().isForbidden());
			this.mvc.perform(get("/api/v1/people/" + this.astrid + "/opt-outs").header("Authorization", token))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/api/v1/messages")).andExpect(status().isUnauthorized());
		assertThat(in(this.skelleftea, () -> this.notifications.message(this.failed.id())).status())
			.isEqualTo(MessageStatus.FAILED);
	}

	@Test
	void anotherOrganisationsMessagesAndPeopleAreNotThere() throws Exception {
		String luleaCoordinator = this.lulea.bearer(Role.COORDINATOR);

		this.mvc.perform(get("/api/v1/messages/" + this.failed.id()).header("Authorization", luleaCoordinator))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("Det finns inget sådant meddelande."));
		this.mvc
			.perform(post("/api/v1/messages/" + this.failed.id() + "/retry").header("Authorization", luleaCoordinator))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/messages").header("Authorization", luleaCoordinator))
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].id").value(this.elsewhere.id().toString()));
		this.mvc
			.perform(put("/api/v1/people/" + this.astrid + "/opt-outs/REMINDER").header("Authorization",
					luleaCoordinator))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(get("/api/v1/people/" + this.astrid + "/opt-outs").header("Authorization", luleaCoordinator))
			.andExpect(status().isNotFound());
		assertThat(in(this.skelleftea, () -> this.notifications.message(this.failed.id())).status())
			.isEqualTo(MessageStatus.FAILED);
		assertThat(in(this.skelleftea, () -> this.notifications.optOuts(this.astrid))).isEmpty();
		assertThat(in(this.lulea, () -> this.optOutRecords.has(this.astrid, MessageKind.REMINDER)))
			.as("nothing written for a person the organisation does not have")
			.isFalse();
	}

	@Test
	void badInputIsNamedInTheProblem() throws Exception {
		this.mvc.perform(get("/api/v1/messages").param("status", "LOST").header("Authorization", coordinator()))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("status"));
		this.mvc.perform(get("/api/v1/messages").param("size", "500").header("Authorization", coordinator()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("size"))
			.andExpect(jsonPath("$.errors[0].rule").value("Max"));
		this.mvc.perform(get("/api/v1/messages").param("page", "-1").header("Authorization", coordinator()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("page"));
		this.mvc.perform(get("/api/v1/messages/not-a-message").header("Authorization", coordinator()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("id"));
		this.mvc
			.perform(put("/api/v1/people/" + this.astrid + "/opt-outs/NEWSLETTER").header("Authorization",
					coordinator()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
		this.mvc.perform(put("/api/v1/people/" + UUID.randomUUID() + "/opt-outs/REMINDER").header("Authorization",
				coordinator()))
			.andExpect(status().isNotFound());
	}

	@Test
	void aPersonWhoOptedOutOfRemindersIsSkippedAndCanOptBackIn() throws Exception {
		this.dueAfterTheOptOut = enqueue(this.skelleftea, Channel.EMAIL, "astrid@example.se", Duration.ZERO);
		this.mvc
			.perform(put("/api/v1/people/" + this.astrid + "/opt-outs/REMINDER").header("Authorization", coordinator()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.personId").value(this.astrid.toString()))
			.andExpect(jsonPath("$.kinds", hasSize(1)))
			.andExpect(jsonPath("$.kinds[0]").value("REMINDER"));
		this.mvc
			.perform(put("/api/v1/people/" + this.astrid + "/opt-outs/REMINDER").header("Authorization", coordinator()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kinds", hasSize(1)));

		Message skipped = enqueue(this.skelleftea, Channel.SMS, "+46701234567", Duration.ZERO);
		assertThat(skipped.status()).isEqualTo(MessageStatus.SKIPPED);
		assertThat(skipped.problem()).isEqualTo(DeliveryProblem.OPTED_OUT);
		Message queuedBefore = in(this.skelleftea, () -> this.notifications.message(this.dueAfterTheOptOut.id()));
		assertThat(queuedBefore.status()).as("queued before the opt-out, skipped by it")
			.isEqualTo(MessageStatus.SKIPPED);
		OutgoingMessage cancellation = new OutgoingMessage(this.astrid, Channel.SMS, "+46701234567", Notices.SWEDISH,
				Notices.atTheLibrary(MessageKind.CANCELLATION), "cancellation:" + UUID.randomUUID(),
				this.clock.instant());
		in(this.skelleftea, () -> this.notifications.enqueue(cancellation));
		assertThat(in(this.skelleftea, () -> this.notifications.messageFor(cancellation.dedupeKey())).orElseThrow()
			.status()).as("other kinds still come").isEqualTo(MessageStatus.QUEUED);

		this.mvc
			.perform(delete("/api/v1/people/" + this.astrid + "/opt-outs/REMINDER").header("Authorization",
					coordinator()))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/api/v1/people/" + this.astrid + "/opt-outs").header("Authorization", coordinator()))
			.andExpect(jsonPath("$.kinds", hasSize(0)));
		assertThat(enqueue(this.skelleftea, Channel.SMS, "+46701234567", Duration.ofDays(1)).status())
			.isEqualTo(MessageStatus.QUEUED);
	}

}

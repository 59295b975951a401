package org.tandem.notifications;

import java.time.Duration;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The messages page: each message with its recipient's name and why it was not sent, a
 * button to try a failed one again, the status filter, in Swedish; and only for
 * coordinators and admins.
 */
@TandemTest
class MessagesPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestOrganisations testOrganisations;

	@Autowired
	Notifications notifications;

	@Autowired
	People people;

	@Autowired
	Tenancy tenancy;

	@Autowired
	MutableClock clock;

	TestOrganisation norsjo;

	Message failed;

	Message waiting;

	@BeforeEach
	void aFailedAndAWaitingMessage() {
		this.norsjo = this.testOrganisations.create("Norsjö");
		PersonId astrid = in(() -> Recipients.senior(this.people, "Astrid", "Lind"));
		this.failed = enqueue(astrid, Duration.ZERO);
		this.waiting = enqueue(Notices.someone(), Duration.ofDays(1));
		this.notifications.deliverDue();
	}

	<T> T in(Supplier<T> work) {
		return this.tenancy.callAs(this.norsjo.organisation().id(), work);
	}

	Message enqueue(PersonId recipient, Duration fromNow) {
		OutgoingMessage reminder = Notices.reminder(recipient, Channel.SMS, "+46701234567", Notices.SWEDISH,
				this.clock.instant().plus(fromNow));
		in(() -> this.notifications.enqueue(reminder));
		return in(() -> this.notifications.messageFor(reminder.dedupeKey())).orElseThrow();
	}

	@Test
	void listsEachMessageWithItsRecipientAndWhyItWasNotSent() throws Exception {
		this.mvc.perform(get("/messages").with(user(this.norsjo.principal(Role.COORDINATOR))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Astrid Lind")))
			.andExpect(content().string(containsString("Finns inte längre i registret")))
			.andExpect(content().string(containsString("Misslyckades")))
			.andExpect(content().string(containsString("Ingen e-postserver eller sms-tjänst är inställd")))
			.andExpect(content().string(containsString("/messages/" + this.failed.id() + "/retry")))
			.andExpect(content().string(not(containsString("/messages/" + this.waiting.id() + "/retry"))))
			.andExpect(content().string(not(containsString("+46701234567"))));
	}

	@Test
	void filtersByStatus() throws Exception {
		this.mvc.perform(get("/messages").param("status", "QUEUED").with(user(this.norsjo.principal(Role.ADMIN))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1 meddelande")))
			.andExpect(content().string(not(containsString("Astrid Lind"))));
	}

	@Test
	void aFailedMessageTriedAgainIsQueuedAndThePageSaysSo() throws Exception {
		this.mvc
			.perform(post("/messages/" + this.failed.id() + "/retry").param("status", "FAILED")
				.with(user(this.norsjo.principal(Role.COORDINATOR)))
				.with(csrf()))
			.andExpect(redirectedUrl("/messages?status=FAILED"))
			.andExpect(flash().attribute("retried", true));
		assertThat(in(() -> this.notifications.message(this.failed.id())).status()).isEqualTo(MessageStatus.QUEUED);

		this.mvc
			.perform(post("/messages/" + this.waiting.id() + "/retry").with(user(this.norsjo.principal(Role.ADMIN)))
				.with(csrf()))
			.andExpect(redirectedUrl("/messages"))
			.andExpect(flash().attribute("refused", "notifications.retry.onlyFailed"));
	}

	@Test
	void onlyCoordinatorsAndAdminsSeeTheMessages() throws Exception {
		for (Role role : new Role[] { Role.MENTOR, Role.SENIOR, Role.VENUE_STAFF, Role.ANALYST }) {
			this.mvc.perform(get("/messages").with(user(this.norsjo.principal(role))))
				.andExpect(status().isForbidden());
			this.mvc
				.perform(post("/messages/" + this.failed.id() + "/retry").with(user(this.norsjo.principal(role)))
					.with(csrf()))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/messages")).andExpect(status().is3xxRedirection());
		assertThat(in(() -> this.notifications.message(this.failed.id())).status()).isEqualTo(MessageStatus.FAILED);
	}

	@Test
	void anotherOrganisationsMessageCannotBeTriedAgain() throws Exception {
		TestOrganisation other = this.testOrganisations.create("Malå");

		this.mvc
			.perform(post("/messages/" + this.failed.id() + "/retry").with(user(other.principal(Role.COORDINATOR)))
				.with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(in(() -> this.notifications.message(this.failed.id())).status()).isEqualTo(MessageStatus.FAILED);
	}

}

package org.tandem.notifications.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.notifications.Message;
import org.tandem.notifications.MessageId;
import org.tandem.notifications.MessageKind;
import org.tandem.notifications.MessagePage;
import org.tandem.notifications.MessageStatus;
import org.tandem.notifications.Notifications;
import org.tandem.people.PersonId;

/**
 * The outbox through the JSON API: list messages by status ({@code FAILED} ones to look
 * into), read one, try a failed one again; and the kinds of message a person has opted
 * out of, set with PUT and cleared with DELETE.
 */
@RestController
@PreAuthorize(Access.COORDINATORS)
class MessagesApi {

	private final Notifications notifications;

	MessagesApi(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/api/v1/messages")
	Page list(@RequestParam(required = false) @Nullable MessageStatus status,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		return Page.of(this.notifications.messages(status, page, size));
	}

	@GetMapping("/api/v1/messages/{id}")
	MessageResource show(@PathVariable UUID id) {
		return MessageResource.of(this.notifications.message(new MessageId(id)));
	}

	@PostMapping("/api/v1/messages/{id}/retry")
	MessageResource retry(@PathVariable UUID id) {
		return MessageResource.of(this.notifications.retry(new MessageId(id)));
	}

	@GetMapping("/api/v1/people/{personId}/opt-outs")
	OptOuts optOuts(@PathVariable UUID personId) {
		return new OptOuts(personId, this.notifications.optOuts(new PersonId(personId)));
	}

	/**
	 * Opts the person out of a kind of message; doing it again changes nothing.
	 * @return the kinds they are now opted out of
	 */
	@PutMapping("/api/v1/people/{personId}/opt-outs/{kind}")
	OptOuts optOut(@PathVariable UUID personId, @PathVariable MessageKind kind) {
		PersonId person = new PersonId(personId);
		this.notifications.optOut(person, kind);
		return new OptOuts(personId, this.notifications.optOuts(person));
	}

	/** Opts the person back in to a kind of message; doing it again changes nothing. */
	@DeleteMapping("/api/v1/people/{personId}/opt-outs/{kind}")
	ResponseEntity<Void> optIn(@PathVariable UUID personId, @PathVariable MessageKind kind) {
		this.notifications.optIn(new PersonId(personId), kind);
		return ResponseEntity.noContent().build();
	}

	/**
	 * @param items the messages on this page
	 * @param page the page, from 0
	 * @param size the page size
	 * @param totalItems how many match in all
	 */
	record Page(List<MessageResource> items, int page, int size, long totalItems) {

		static Page of(MessagePage page) {
			return new Page(page.items().stream().map(MessageResource::of).toList(), page.page(), page.size(),
					page.totalItems());
		}

	}

	/**
	 * A message without its address or text.
	 *
	 * @param id the message
	 * @param recipientId the person it is for
	 * @param kind CONFIRMATION, REMINDER, CHANGE or CANCELLATION
	 * @param channel EMAIL or SMS
	 * @param status QUEUED, SENDING, SENT, FAILED or SKIPPED
	 * @param attempts the attempts made so far
	 * @param nextAttemptAt when it is (or was) due
	 * @param problem why it is not sent (yet), if it is not
	 * @param lastError what the provider said, without personal data
	 * @param providerMessageId the provider's id of the sent message
	 * @param dedupeKey the key it was asked for with
	 * @param createdAt when it was asked for
	 * @param sentAt when it was handed over
	 */
	record MessageResource(UUID id, UUID recipientId, MessageKind kind, String channel, MessageStatus status,
			int attempts, Instant nextAttemptAt, @Nullable String problem, @Nullable String lastError,
			@Nullable String providerMessageId, String dedupeKey, Instant createdAt, @Nullable Instant sentAt) {

		static MessageResource of(Message message) {
			return new MessageResource(message.id().value(), message.recipient().value(), message.kind(),
					message.channel().name(), message.status(), message.attempts(), message.nextAttemptAt(),
					(message.problem() != null) ? message.problem().name() : null, message.lastError(),
					message.providerMessageId(), message.dedupeKey(), message.createdAt(), message.sentAt());
		}

	}

	/**
	 * @param personId the person
	 * @param kinds the kinds of message they do not get
	 */
	record OptOuts(UUID personId, Set<MessageKind> kinds) {
	}

}

package org.tandem.notifications.web;

import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.tandem.notifications.Message;
import org.tandem.notifications.MessageId;
import org.tandem.notifications.MessageNotRetryable;
import org.tandem.notifications.MessagePage;
import org.tandem.notifications.MessageStatus;
import org.tandem.notifications.Notifications;
import org.tandem.people.People;

/**
 * The coordinators' list of messages ({@code /messages}): filtered by status, those that
 * could not be sent first, each failed one with a button to try again.
 */
@Controller
@PreAuthorize(Access.COORDINATORS)
class MessagesController {

	static final int PAGE_SIZE = 25;

	private final Notifications notifications;

	private final People people;

	MessagesController(Notifications notifications, People people) {
		this.notifications = notifications;
		this.people = people;
	}

	@GetMapping("/messages")
	String list(@RequestParam(required = false) @Nullable MessageStatus status,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("statuses", MessageStatus.values());
		model.addAttribute("status", status);
		MessagePage messages = this.notifications.messages(status, page, PAGE_SIZE);
		model.addAttribute("messages", messages);
		// Names of the page's recipients in one read; someone no longer registered has
		// none.
		model.addAttribute("names",
				this.people.names(messages.items().stream().map(Message::recipient).collect(Collectors.toSet())));
		return "notifications/list";
	}

	@PostMapping("/messages/{id}/retry")
	String retry(@PathVariable UUID id, @RequestParam(required = false) @Nullable MessageStatus status,
			@RequestParam(defaultValue = "0") int page, RedirectAttributes redirect) {
		try {
			this.notifications.retry(new MessageId(id));
			redirect.addFlashAttribute("retried", true);
		}
		catch (MessageNotRetryable refused) {
			redirect.addFlashAttribute("refused", refused.messageKey());
		}
		UriComponentsBuilder back = UriComponentsBuilder.fromPath("/messages");
		if (status != null) {
			back.queryParam("status", status.name());
		}
		if (page > 0) {
			back.queryParam("page", page);
		}
		return "redirect:" + back.build().toUriString();
	}

}

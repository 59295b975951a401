package org.tandem.logbook.web;

import java.util.Locale;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.logbook.Logbook;
import org.tandem.sessions.OccurrenceId;

/**
 * The coordinator's list of logs to follow up, the latest session first, each marked done
 * once someone has talked to the mentor or the senior.
 */
@Controller
class FollowUpController {

	static final int PAGE_SIZE = 20;

	private final FollowUps followUps;

	private final Logbook logbook;

	FollowUpController(FollowUps followUps, Logbook logbook) {
		this.followUps = followUps;
		this.logbook = logbook;
	}

	@GetMapping("/logbook/follow-up")
	@PreAuthorize(Access.FOLLOW_UP)
	String list(@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		model.addAttribute("followUps", this.followUps.page(page, PAGE_SIZE, locale));
		return "logbook/follow-up";
	}

	@PostMapping("/logbook/follow-up/{occurrenceId}/done")
	@PreAuthorize(Access.FOLLOW_UP)
	String done(@PathVariable UUID occurrenceId, RedirectAttributes redirect) {
		boolean closed = this.logbook.closeFollowUp(new OccurrenceId(occurrenceId));
		redirect.addFlashAttribute("done", closed ? "logbook.followUp.closed" : "logbook.followUp.notOpen");
		return "redirect:/logbook/follow-up";
	}

}

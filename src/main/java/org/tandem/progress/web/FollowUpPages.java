package org.tandem.progress.web;

import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.tandem.programmes.ProgrammeId;
import org.tandem.programmes.Programmes;
import org.tandem.progress.ProgrammeFollowUp;

/**
 * A programme's follow-up: seniors with no session in 30 days and pairs with repeated
 * no-shows, each list with its own pager.
 */
@Controller
@PreAuthorize(Access.RUN)
class FollowUpPages {

	static final int PAGE_SIZE = 25;

	private final ProgrammeFollowUp followUp;

	private final Programmes programmes;

	FollowUpPages(ProgrammeFollowUp followUp, Programmes programmes) {
		this.followUp = followUp;
		this.programmes = programmes;
	}

	@GetMapping("/programmes/{id}/follow-up")
	String followUp(@PathVariable UUID id, @RequestParam(defaultValue = "0") int quietPage,
			@RequestParam(defaultValue = "0") int noShowPage, Model model) {
		ProgrammeId programme = new ProgrammeId(id);
		model.addAttribute("programme", this.programmes.get(programme));
		model.addAttribute("since", this.followUp.quietSince());
		model.addAttribute("quiet", this.followUp.quietSeniors(programme, quietPage, PAGE_SIZE));
		model.addAttribute("noShows", this.followUp.noShows(programme, noShowPage, PAGE_SIZE));
		model.addAttribute("quietDays", ProgrammeFollowUp.QUIET_DAYS);
		model.addAttribute("lastSessions", ProgrammeFollowUp.LAST_SESSIONS);
		model.addAttribute("noShowLimit", ProgrammeFollowUp.NO_SHOWS);
		String path = "/programmes/" + id + "/follow-up";
		model.addAttribute("quietBase",
				UriComponentsBuilder.fromPath(path).queryParam("noShowPage", Math.max(0, noShowPage)).toUriString());
		model.addAttribute("noShowBase",
				UriComponentsBuilder.fromPath(path).queryParam("quietPage", Math.max(0, quietPage)).toUriString());
		return "progress/follow-up";
	}

}

package org.tandem.sessions.web;

import java.util.List;
import java.util.Locale;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tandem.people.PersonId;
import org.tandem.sessions.PersonalSchedule;
import org.tandem.system.CurrentUser;
import org.tandem.system.Role;

/**
 * "My sessions": a mentor's or senior's own page, made for a phone. A mentor sees the
 * next {@value MySchedule#DAYS} days and the last {@value MySchedule#DAYS}, each past
 * meeting with a link to log it; a senior sees only what is coming, in large text. An
 * account that no admin has linked to its person yet is told kindly to ask the
 * coordinator. Other roles have no sessions of their own and are refused.
 */
@Controller
class MySessionsController {

	private final MySchedule schedule;

	MySessionsController(MySchedule schedule) {
		this.schedule = schedule;
	}

	@GetMapping("/my/sessions")
	@PreAuthorize("hasAnyRole('MENTOR', 'SENIOR')")
	String mine(@AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
		boolean senior = user.hasRole(Role.SENIOR) && !user.hasRole(Role.MENTOR);
		model.addAttribute("senior", senior);
		model.addAttribute("days", MySchedule.DAYS);
		PersonId person = MySchedule.personOf(user);
		model.addAttribute("linked", person != null);
		if (person != null) {
			PersonalSchedule mine = this.schedule.around(person);
			model.addAttribute("upcoming", this.schedule.items(mine.upcoming(), mine.now(), locale));
			model.addAttribute("past", senior ? List.of() : this.schedule.items(mine.past(), mine.now(), locale));
		}
		return "sessions/mine";
	}

}

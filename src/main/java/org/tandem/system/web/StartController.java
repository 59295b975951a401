package org.tandem.system.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tandem.system.CurrentUser;

/**
 * The login page, and the start page each role lands on after signing in.
 */
@Controller
class StartController {

	@GetMapping("/")
	@PreAuthorize("isAuthenticated()")
	String start(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("user", user);
		return "start";
	}

	@GetMapping("/login")
	@PreAuthorize("permitAll()")
	String login() {
		return "login";
	}

}

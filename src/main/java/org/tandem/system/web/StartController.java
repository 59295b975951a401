package org.tandem.system.web;

import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tandem.system.CurrentUser;
import org.tandem.system.StartPageLinks;

/**
 * The login page, and the start page each role lands on after signing in, with the links
 * the modules offer the user ({@link StartPageLinks}).
 */
@Controller
class StartController {

	private final ObjectProvider<StartPageLinks> links;

	StartController(ObjectProvider<StartPageLinks> links) {
		this.links = links;
	}

	@GetMapping("/")
	@PreAuthorize("isAuthenticated()")
	String start(@AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
		model.addAttribute("user", user);
		List<StartPageLinks.Link> offered = this.links.orderedStream()
			.flatMap((module) -> module.linksFor(user, locale).stream())
			.toList();
		model.addAttribute("links", offered);
		return "start";
	}

	@GetMapping("/login")
	@PreAuthorize("permitAll()")
	String login() {
		return "login";
	}

}

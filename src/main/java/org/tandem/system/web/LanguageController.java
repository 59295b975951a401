package org.tandem.system.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Switches the language and goes back to the page the user came from.
 */
@Controller
@PreAuthorize("permitAll()")
class LanguageController {

	private final LocaleResolver locales;

	LanguageController(LocaleResolver locales) {
		this.locales = locales;
	}

	@GetMapping("/language")
	String switchTo(@RequestParam("lang") String language, @RequestParam(name = "from", defaultValue = "/") String from,
			HttpServletRequest request, HttpServletResponse response) {
		Locale chosen = Languages.supported(Locale.forLanguageTag(language));
		this.locales.setLocale(request, response, chosen);
		return "redirect:" + localPath(from);
	}

	/** Only paths on this site, so the switch cannot be used to send people elsewhere. */
	static String localPath(String from) {
		boolean local = from.startsWith("/") && !from.startsWith("//") && !from.startsWith("/\\")
				&& from.chars().noneMatch((c) -> c < 0x20);
		return local ? from : "/";
	}

}

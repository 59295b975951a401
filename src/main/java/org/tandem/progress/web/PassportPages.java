package org.tandem.progress.web;

import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.tandem.logbook.LearningLevel;
import org.tandem.people.PersonId;
import org.tandem.progress.PassportCard;
import org.tandem.progress.PassportCards;
import org.tandem.progress.Passports;

/** A senior's learning passport as a page, and as a PDF card to print. */
@Controller
@PreAuthorize(Access.READ)
class PassportPages {

	private final Passports passports;

	private final PassportCards cards;

	PassportPages(Passports passports, PassportCards cards) {
		this.passports = passports;
		this.cards = cards;
	}

	@GetMapping("/people/{personId}/passport")
	String passport(@PathVariable UUID personId, Model model) {
		model.addAttribute("passport", this.passports.passport(new PersonId(personId)));
		model.addAttribute("levels", LearningLevel.values());
		return "progress/passport";
	}

	@GetMapping("/people/{personId}/passport.pdf")
	ResponseEntity<byte[]> card(@PathVariable UUID personId) {
		return pdf(this.cards.card(new PersonId(personId)));
	}

	/** A card to open in the browser's PDF viewer, never kept by a shared cache. */
	static ResponseEntity<byte[]> pdf(PassportCard card) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("passport.pdf").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.header(HttpHeaders.CONTENT_LANGUAGE, card.language().toLanguageTag())
			.body(card.pdf());
	}

}

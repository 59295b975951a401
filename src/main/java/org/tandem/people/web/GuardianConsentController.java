package org.tandem.people.web;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.tandem.people.ConsentPurpose;
import org.tandem.people.GuardianLinkUnusable;
import org.tandem.people.GuardianRequest;
import org.tandem.people.People;

/**
 * The page a guardian opens from the link in their e-mail or text message. No login: the
 * single-use link is the key. Consent to take part is what the link asks for; photos,
 * archive publication and research are each the guardian's free choice.
 */
@Controller
@PreAuthorize("permitAll()")
class GuardianConsentController {

	private final People people;

	GuardianConsentController(People people) {
		this.people = people;
	}

	@ModelAttribute("optionalPurposes")
	ConsentPurpose[] optionalPurposes() {
		return new ConsentPurpose[] { ConsentPurpose.PHOTOS, ConsentPurpose.ARCHIVE_PUBLICATION,
				ConsentPurpose.RESEARCH };
	}

	@GetMapping("/consent/guardian/{token}")
	String show(@PathVariable String token, Model model) {
		GuardianRequest request = this.people.guardianRequest(token);
		model.addAttribute("request", request);
		model.addAttribute("form", new GuardianForm(request.guardianName(), false, Set.of()));
		return "people/guardian-consent";
	}

	@PostMapping("/consent/guardian/{token}")
	String consent(@PathVariable String token, @Valid @ModelAttribute("form") GuardianForm form, BindingResult result,
			Model model) {
		GuardianRequest request = this.people.guardianRequest(token);
		if (result.hasErrors()) {
			model.addAttribute("request", request);
			return "people/guardian-consent";
		}
		Set<ConsentPurpose> purposes = EnumSet.of(ConsentPurpose.PARTICIPATION);
		if (form.optional() != null) {
			form.optional()
				.stream()
				.filter((purpose) -> purpose != ConsentPurpose.PARTICIPATION)
				.forEach(purposes::add);
		}
		this.people.giveGuardianConsent(token, form.guardianName(), purposes);
		model.addAttribute("request", request);
		return "people/guardian-consent-given";
	}

	@ExceptionHandler
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String unusable(GuardianLinkUnusable unusable) {
		return "people/guardian-link-unusable";
	}

	/**
	 * What the guardian fills in.
	 *
	 * @param guardianName the guardian's name as they sign
	 * @param participation that they consent to participation (required)
	 * @param optional further purposes they allow
	 */
	record GuardianForm(@NotBlank @Size(max = 200) String guardianName, @AssertTrue boolean participation,
			@Nullable Set<ConsentPurpose> optional) {
	}

}

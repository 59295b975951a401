package org.tandem.signup.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.tandem.people.ContactChannel;
import org.tandem.people.LanguageCode;
import org.tandem.people.PersonKind;
import org.tandem.people.Profile;
import org.tandem.programmes.ProgrammeId;
import org.tandem.signup.SignupOffer;
import org.tandem.signup.SignupOutcome;
import org.tandem.signup.Signups;
import org.tandem.system.RuleViolated;

/**
 * The public sign-up pages of a programme: a page that asks which side you are on, and a
 * short form for each. Nobody signs in.
 */
@Controller
@PreAuthorize("permitAll()")
class SignupController {

	private static final String SIDE = "{side:senior|mentor}";

	private final Signups signups;

	SignupController(Signups signups) {
		this.signups = signups;
	}

	@GetMapping("/join/{programme}")
	String choose(@PathVariable UUID programme, Model model) {
		model.addAttribute("offer", this.signups.offer(new ProgrammeId(programme)));
		return "signup/choose";
	}

	@GetMapping("/join/{programme}/" + SIDE)
	String form(@PathVariable UUID programme, @PathVariable String side, Model model) {
		ProgrammeId id = new ProgrammeId(programme);
		prepare(id, side, model);
		model.addAttribute("form", SignupForm.empty(this.signups.ticket(id)));
		return "signup/form";
	}

	@PostMapping("/join/{programme}/" + SIDE)
	String submit(@PathVariable UUID programme, @PathVariable String side,
			@Valid @ModelAttribute("form") SignupForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		ProgrammeId id = new ProgrammeId(programme);
		SignupOffer offer = prepare(id, side, model);
		boolean mentor = side.equals("mentor");
		List<String[]> problems = new ArrayList<>();
		Profile profile = result.hasErrors() ? null : form.toProfile(mentor, id, problems);
		problems.forEach((problem) -> result.rejectValue(problem[0], problem[1]));
		if (profile == null) {
			return "signup/form";
		}
		SignupOutcome outcome;
		try {
			outcome = this.signups.signUp(id, mentor ? PersonKind.MENTOR : PersonKind.SENIOR, profile,
					Boolean.TRUE.equals(form.consent()), (form.ticket() != null) ? form.ticket() : "", form.website(),
					request.getRemoteAddr());
		}
		catch (RuleViolated violation) {
			String field = switch (violation.field()) {
				case "phone", "email", "yearOfBirth", "firstName", "lastName" -> violation.field();
				default -> null;
			};
			if (field != null) {
				result.rejectValue(field, violation.messageKey(), violation.arguments(), violation.rule());
			}
			else {
				result.reject(violation.messageKey(), violation.arguments(), violation.rule());
			}
			return "signup/form";
		}
		switch (outcome) {
			case FORM_EXPIRED -> {
				model.addAttribute("expired", true);
				model.addAttribute("form", withTicket(form, this.signups.ticket(id)));
				return "signup/form";
			}
			case TOO_MANY -> {
				response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
				return "signup/too-many";
			}
			default -> {
				model.addAttribute("minor", mentor && form.minor());
				model.addAttribute("offer", offer);
				return "signup/thanks";
			}
		}
	}

	private SignupOffer prepare(ProgrammeId programme, String side, Model model) {
		SignupOffer offer = this.signups.offer(programme);
		model.addAttribute("offer", offer);
		model.addAttribute("side", side);
		model.addAttribute("channels",
				new ContactChannel[] { ContactChannel.SMS, ContactChannel.PHONE, ContactChannel.EMAIL });
		model.addAttribute("languageChoices", LanguageCode.COMMON);
		if (side.equals("senior")) {
			model.addAttribute("topics", this.signups.topics(programme));
		}
		return offer;
	}

	private static SignupForm withTicket(SignupForm form, String ticket) {
		return new SignupForm(form.firstName(), form.lastName(), form.yearOfBirth(), form.phone(), form.email(),
				form.contactChannel(), form.firstLanguage(), form.topicIds(), form.school(), form.schoolClass(),
				form.onBehalf(), form.helperName(), form.helperPhone(), form.guardianName(), form.guardianContact(),
				form.consent(), "", ticket);
	}

}

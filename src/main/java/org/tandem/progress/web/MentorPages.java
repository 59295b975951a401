package org.tandem.progress.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.people.PersonId;
import org.tandem.progress.Mentoring;
import org.tandem.progress.TrainingDetails;
import org.tandem.progress.TrainingRefused;

/**
 * A mentor's record: sessions, hours, seniors and topics from the logs, and their
 * training. The mentor's page on the registry loads the figures as a section with htmx
 * ({@code HX-Request}); the same address is a page of its own with the training list and
 * the form to record training.
 */
@Controller
class MentorPages {

	private static final String PAGE = "progress/mentor";

	private final Mentoring mentoring;

	MentorPages(Mentoring mentoring) {
		this.mentoring = mentoring;
	}

	@GetMapping("/people/{personId}/mentor-summary")
	@PreAuthorize(Access.READ)
	String summary(@PathVariable UUID personId,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model,
			HttpServletResponse response) {
		// The same address answers a section or a page: caches must tell them apart.
		response.addHeader(HttpHeaders.VARY, "HX-Request");
		describe(new PersonId(personId), model);
		if (!model.containsAttribute("trainingForm")) {
			model.addAttribute("trainingForm", new TrainingForm(null, "", ""));
		}
		return (htmx != null) ? PAGE + " :: section" : PAGE;
	}

	@PostMapping("/people/{personId}/training")
	@PreAuthorize(Access.RUN)
	String recordTraining(@PathVariable UUID personId, @ModelAttribute("trainingForm") TrainingForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		PersonId mentor = this.mentoring.mentor(new PersonId(personId)).id();
		if (!result.hasErrors()) {
			try {
				this.mentoring.recordTraining(mentor, form.details());
				redirect.addFlashAttribute("trainingRecorded", true);
				return "redirect:/people/" + personId + "/mentor-summary#training";
			}
			catch (TrainingRefused refused) {
				result.rejectValue(refused.field(), refused.messageKey(), refused.arguments(), refused.rule());
			}
		}
		describe(mentor, model);
		return PAGE;
	}

	private void describe(PersonId mentor, Model model) {
		model.addAttribute("summary", this.mentoring.summary(mentor));
		model.addAttribute("training", this.mentoring.training(mentor));
	}

	/**
	 * The training form. Hours are read as text so that "1,5" and "1.5" both mean an hour
	 * and a half.
	 *
	 * @param date the day of the training
	 * @param hours how long, in hours
	 * @param what what it was about
	 */
	record TrainingForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date, String hours,
			String what) {

		TrainingForm {
			hours = (hours != null) ? hours : "";
			what = (what != null) ? what : "";
		}

		TrainingDetails details() {
			return new TrainingDetails(this.date, hoursValue(), this.what);
		}

		private @Nullable BigDecimal hoursValue() {
			String written = this.hours.strip().replace(',', '.');
			if (written.isEmpty()) {
				return null;
			}
			try {
				return new BigDecimal(written);
			}
			catch (NumberFormatException notANumber) {
				return BigDecimal.ZERO;
			}
		}

	}

}

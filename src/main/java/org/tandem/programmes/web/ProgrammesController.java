package org.tandem.programmes.web;

import java.util.UUID;

import jakarta.validation.groups.Default;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.programmes.Programme;
import org.tandem.programmes.ProgrammeId;
import org.tandem.programmes.Programmes;
import org.tandem.system.RuleViolated;

/**
 * The programme pages: the list and a programme for everyone who works with programmes;
 * new and edit forms for admins and coordinators.
 */
@Controller
class ProgrammesController {

	private final Programmes programmes;

	ProgrammesController(Programmes programmes) {
		this.programmes = programmes;
	}

	@GetMapping("/programmes")
	@PreAuthorize(Access.READ)
	String list(Model model) {
		model.addAttribute("programmes", this.programmes.all());
		return "programmes/list";
	}

	@GetMapping("/programmes/{id}")
	@PreAuthorize(Access.READ)
	String show(@PathVariable UUID id, Model model) {
		model.addAttribute("programme", this.programmes.get(new ProgrammeId(id)));
		return "programmes/detail";
	}

	@GetMapping("/programmes/new")
	@PreAuthorize(Access.WRITE)
	String newProgramme(Model model) {
		model.addAttribute("form", ProgrammeRequest.blank());
		return "programmes/form";
	}

	@PostMapping("/programmes")
	@PreAuthorize(Access.WRITE)
	String create(@Validated @ModelAttribute("form") ProgrammeRequest form, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "programmes/form";
		}
		try {
			Programme created = this.programmes.create(form.toDetails());
			redirect.addFlashAttribute("saved", true);
			return "redirect:/programmes/" + created.id();
		}
		catch (RuleViolated violation) {
			reject(result, violation);
			return "programmes/form";
		}
	}

	@GetMapping("/programmes/{id}/edit")
	@PreAuthorize(Access.WRITE)
	String edit(@PathVariable UUID id, Model model) {
		Programme programme = this.programmes.get(new ProgrammeId(id));
		model.addAttribute("programme", programme);
		model.addAttribute("form", ProgrammeRequest.of(programme));
		return "programmes/form";
	}

	@PostMapping("/programmes/{id}")
	@PreAuthorize(Access.WRITE)
	String change(@PathVariable UUID id,
			@Validated({ Default.class, ProgrammeRequest.Change.class }) @ModelAttribute("form") ProgrammeRequest form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		ProgrammeId programmeId = new ProgrammeId(id);
		Programme programme = this.programmes.get(programmeId);
		if (!result.hasErrors()) {
			try {
				this.programmes.change(programmeId, form.requiredVersion(), form.toDetails());
				redirect.addFlashAttribute("saved", true);
				return "redirect:/programmes/" + id;
			}
			catch (RuleViolated violation) {
				reject(result, violation);
			}
			catch (OptimisticLockingFailureException stale) {
				// Show the latest version, so that the coordinator edits what is there
				// now.
				redirect.addFlashAttribute("stale", true);
				return "redirect:/programmes/" + id + "/edit";
			}
		}
		model.addAttribute("programme", programme);
		return "programmes/form";
	}

	private static void reject(BindingResult result, RuleViolated violation) {
		result.rejectValue(violation.field(), violation.messageKey(), violation.arguments(), violation.rule());
	}

}

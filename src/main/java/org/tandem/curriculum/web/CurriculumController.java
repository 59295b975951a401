package org.tandem.curriculum.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.curriculum.Curriculum;
import org.tandem.curriculum.Device;
import org.tandem.curriculum.DigCompArea;
import org.tandem.curriculum.DigCompCompetence;
import org.tandem.curriculum.ProficiencyLevel;
import org.tandem.curriculum.Step;
import org.tandem.curriculum.StepId;
import org.tandem.curriculum.Topic;
import org.tandem.curriculum.TopicId;
import org.tandem.system.RuleViolated;

/**
 * The curriculum pages: the catalogue and each topic's steps for everyone who helps run
 * programmes, and the forms with which admins add, edit, move and retire topics and
 * steps.
 */
@Controller
class CurriculumController {

	static final String READERS = "hasAnyRole('ADMIN', 'COORDINATOR', 'MENTOR', 'VENUE_STAFF')";

	static final String EDITORS = "hasRole('ADMIN')";

	private final Curriculum curriculum;

	CurriculumController(Curriculum curriculum) {
		this.curriculum = curriculum;
	}

	@GetMapping("/curriculum")
	@PreAuthorize(READERS)
	String topics(Model model) {
		model.addAttribute("topics", this.curriculum.topics());
		return "curriculum/topics";
	}

	@GetMapping("/curriculum/{id}")
	@PreAuthorize(READERS)
	String topic(@PathVariable UUID id, Model model) {
		model.addAttribute("topic", this.curriculum.topic(new TopicId(id)));
		return "curriculum/topic";
	}

	@GetMapping("/curriculum/new")
	@PreAuthorize(EDITORS)
	String newTopic(Model model) {
		model.addAttribute("form", new CurriculumRequests.CreateTopic("", "", "", "", ""));
		return "curriculum/topic-new";
	}

	@PostMapping("/curriculum")
	@PreAuthorize(EDITORS)
	String createTopic(@Valid @ModelAttribute("form") CurriculumRequests.CreateTopic form, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "curriculum/topic-new";
		}
		try {
			Topic topic = this.curriculum.createTopic(form.toNewTopic());
			redirect.addFlashAttribute("saved", true);
			return "redirect:/curriculum/" + topic.id();
		}
		catch (RuleViolated violation) {
			reject(result, violation);
			return "curriculum/topic-new";
		}
	}

	@GetMapping("/curriculum/{id}/edit")
	@PreAuthorize(EDITORS)
	String editTopic(@PathVariable UUID id, Model model) {
		Topic topic = this.curriculum.topic(new TopicId(id));
		model.addAttribute("topic", topic);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new CurriculumRequests.ChangeTopic(topic.version(), topic.position(),
					topic.name().sv(), topic.name().en(), topic.description().sv(), topic.description().en()));
		}
		return "curriculum/topic-edit";
	}

	@PostMapping("/curriculum/{id}")
	@PreAuthorize(EDITORS)
	String changeTopic(@PathVariable UUID id, @Valid @ModelAttribute("form") CurriculumRequests.ChangeTopic form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		TopicId topicId = new TopicId(id);
		if (!result.hasErrors()) {
			try {
				this.curriculum.changeTopic(topicId, form.toChanges());
				redirect.addFlashAttribute("saved", true);
				return "redirect:/curriculum/" + id;
			}
			catch (OptimisticLockingFailureException stale) {
				// Show the latest version, so that the admin edits what is there now.
				redirect.addFlashAttribute("stale", true);
				return "redirect:/curriculum/" + id + "/edit";
			}
		}
		model.addAttribute("topic", this.curriculum.topic(topicId));
		return "curriculum/topic-edit";
	}

	@GetMapping("/curriculum/{id}/steps/new")
	@PreAuthorize(EDITORS)
	String newStep(@PathVariable UUID id, Model model) {
		model.addAttribute("topic", this.curriculum.topic(new TopicId(id)));
		model.addAttribute("form", new CurriculumRequests.CreateStep("", "", "", ProficiencyLevel.LOWEST, Set.of()));
		return "curriculum/step-new";
	}

	@PostMapping("/curriculum/{id}/steps")
	@PreAuthorize(EDITORS)
	String addStep(@PathVariable UUID id, @Valid @ModelAttribute("form") CurriculumRequests.CreateStep form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		TopicId topicId = new TopicId(id);
		if (result.hasErrors()) {
			model.addAttribute("topic", this.curriculum.topic(topicId));
			return "curriculum/step-new";
		}
		this.curriculum.addStep(topicId, form.toNewStep());
		redirect.addFlashAttribute("stepAdded", true);
		return "redirect:/curriculum/" + id;
	}

	@GetMapping("/curriculum/steps/{id}")
	@PreAuthorize(EDITORS)
	String editStep(@PathVariable UUID id, Model model) {
		Step step = this.curriculum.step(new StepId(id));
		addStepPage(step, model);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form",
					new CurriculumRequests.ChangeStep(step.version(), step.position(), step.title().sv(),
							step.title().en(), step.competence().code(), step.level().value(), step.devices()));
		}
		return "curriculum/step-edit";
	}

	@PostMapping("/curriculum/steps/{id}")
	@PreAuthorize(EDITORS)
	String changeStep(@PathVariable UUID id, @Valid @ModelAttribute("form") CurriculumRequests.ChangeStep form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		StepId stepId = new StepId(id);
		if (!result.hasErrors()) {
			try {
				Step step = this.curriculum.changeStep(stepId, form.toChanges());
				redirect.addFlashAttribute("saved", true);
				return "redirect:/curriculum/" + step.topicId();
			}
			catch (OptimisticLockingFailureException stale) {
				redirect.addFlashAttribute("stale", true);
				return "redirect:/curriculum/steps/" + id;
			}
		}
		addStepPage(this.curriculum.step(stepId), model);
		return "curriculum/step-edit";
	}

	@PostMapping("/curriculum/steps/{id}/retire")
	@PreAuthorize(EDITORS)
	String retireStep(@PathVariable UUID id, @RequestParam int version, RedirectAttributes redirect) {
		return setRetired(new StepId(id), version, true, redirect);
	}

	@PostMapping("/curriculum/steps/{id}/reinstate")
	@PreAuthorize(EDITORS)
	String reinstateStep(@PathVariable UUID id, @RequestParam int version, RedirectAttributes redirect) {
		return setRetired(new StepId(id), version, false, redirect);
	}

	private String setRetired(StepId id, int version, boolean retire, RedirectAttributes redirect) {
		try {
			Step step = retire ? this.curriculum.retireStep(id, version) : this.curriculum.reinstateStep(id, version);
			redirect.addFlashAttribute(retire ? "retired" : "reinstated", true);
			return "redirect:/curriculum/" + step.topicId();
		}
		catch (OptimisticLockingFailureException stale) {
			redirect.addFlashAttribute("stale", true);
			return "redirect:/curriculum/steps/" + id;
		}
	}

	private void addStepPage(Step step, Model model) {
		model.addAttribute("step", step);
		model.addAttribute("topic", this.curriculum.topic(step.topicId()));
	}

	/** What the step forms offer to choose from. */
	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("areas", DigCompArea.values());
		model.addAttribute("levels",
				IntStream.rangeClosed(ProficiencyLevel.LOWEST, ProficiencyLevel.HIGHEST)
					.mapToObj(ProficiencyLevel::of)
					.toList());
		model.addAttribute("allDevices", Device.values());
		model.addAttribute("competences", List.of(DigCompCompetence.values()));
	}

	private static void reject(BindingResult result, RuleViolated violation) {
		result.rejectValue(violation.field(), violation.messageKey(), violation.arguments(), violation.rule());
	}

}
